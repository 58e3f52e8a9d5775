import { isRouteErrorResponse, useRouteError } from 'react-router-dom'
import { EmptyState } from '../../components/ui/StateViews'
import { NotFoundPage } from './NotFoundPage'

/** The error boundary of every route: a readable message and a way out, never a white page. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  const message = error instanceof Error ? error.message : 'An unexpected error occurred.'
  // A chunk that fails to load usually means a new version was deployed: a reload fixes it.
  const stale = /dynamically imported module|Failed to fetch|Importing a module script failed/i.test(message)
  return (
    <main className="standalone-page" role="alert">
      <EmptyState
        title={stale ? 'The console was updated' : 'Something went wrong'}
        description={stale ? 'Reload the page to get the latest version.' : message}
        action={
          <>
            <button type="button" className="btn btn-primary btn-md" onClick={() => location.reload()}>
              Reload
            </button>
            <a className="btn btn-secondary btn-md" href="/">
              Go to the console
            </a>
          </>
        }
      />
    </main>
  )
}
