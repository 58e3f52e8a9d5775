import { Link } from 'react-router-dom'
import { EmptyState } from '../../components/ui/StateViews'

export function NotFoundPage() {
  return (
    <main className="standalone-page">
      <EmptyState
        title="Page not found"
        description="The address may be mistyped, or the page may have moved."
        action={
          <Link className="btn btn-primary btn-md" to="/">
            Go to the console
          </Link>
        }
      />
    </main>
  )
}
