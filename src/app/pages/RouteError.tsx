import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router-dom'
import { EmptyState } from '../../components/ui/StateViews'
import { NotFoundPage } from './NotFoundPage'

/**
 * A route's error boundary: a readable message and a way out, never a white page. `inShell` is the boundary
 * of one page or tab: it takes that page's place only, so the shell, the navigation and (for a tab) the
 * client's header and tab bar stay, and Retry renders the page again. Without it, it stands alone (an error
 * in the shell itself).
 */
export function RouteError({ inShell = false }: { inShell?: boolean }) {
  const error = useRouteError()
  const navigate = useNavigate()
  const location = useLocation()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage standalone={!inShell} />
  const message = error instanceof Error ? error.message : 'An unexpected error occurred.'
  // A chunk that fails to load usually means a new version was deployed: a reload fixes it.
  const stale = /dynamically imported module|Failed to fetch|Importing a module script failed/i.test(message)
  const reload = (
    <button type="button" className="btn btn-primary btn-md" onClick={() => window.location.reload()}>
      Reload
    </button>
  )
  const title = stale ? 'The console was updated' : inShell ? 'This page could not be shown' : 'Something went wrong'
  const description = stale ? 'Reload the page to get the latest version.' : message
  if (inShell) {
    // Navigating to the same address clears the boundary's error and renders the page anew.
    const retry = () => navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true })
    return (
      <div role="alert">
        <EmptyState
          title={title}
          description={description}
          action={
            stale ? (
              reload
            ) : (
              <button type="button" className="btn btn-primary btn-md" onClick={retry}>
                Retry
              </button>
            )
          }
        />
      </div>
    )
  }
  return (
    <main className="standalone-page" role="alert">
      <EmptyState
        title={title}
        description={description}
        action={
          <>
            {reload}
            <a className="btn btn-secondary btn-md" href="/">
              Go to the console
            </a>
          </>
        }
      />
    </main>
  )
}
