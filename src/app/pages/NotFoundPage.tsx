import { Link } from 'react-router-dom'
import { EmptyState } from '../../components/ui/StateViews'

/** Inside the shell the page sits in the shell's <main>; on its own it is the main landmark. */
export function NotFoundPage({ standalone = false }: { standalone?: boolean }) {
  const Landmark = standalone ? 'main' : 'div'
  return (
    <Landmark className="standalone-page">
      <EmptyState
        title="Page not found"
        description="The address may be mistyped, or the page may have moved."
        action={
          <Link className="btn btn-primary btn-md" to="/">
            Go to the console
          </Link>
        }
      />
    </Landmark>
  )
}
