import { EmptyState } from '../../components/ui/StateViews'

/**
 * What a deployment whose `config.json` cannot be used shows instead of the console: the file's URL and the problem.
 * Starting anyway would mean starting on the demo backend, which a live deployment must never do by accident.
 */
export function ConfigErrorPage({ url, problem }: { url: string; problem: string }) {
  return (
    <main className="standalone-page" role="alert">
      <EmptyState
        title="The console cannot start"
        description={
          <>
            Its configuration at <code>{url}</code> cannot be used: {problem}. Fix the file on the server (see the README, “Pointing it at a
            real Magistrala”) and reload.
          </>
        }
        action={
          <button type="button" className="btn btn-primary btn-md" onClick={() => location.reload()}>
            Reload
          </button>
        }
      />
    </main>
  )
}
