import { Button } from '../../components/ui/Button'
import { Dialog } from '../../components/ui/Dialog'
import { ProgressBar } from '../../components/ui/ProgressBar'
import { ErrorState } from '../../components/ui/StateViews'
import { downloadText } from './export-csv'
import type { ExportState } from './useJournalExport'

type Props = {
  state: ExportState
  cap: number
  onCancel: () => void
  onRetry: () => void
  onClose: () => void
}

/** Progress of a CSV export; closing it while it runs cancels it. */
export function ExportJournalDialog({ state, cap, onCancel, onRetry, onClose }: Props) {
  const running = state.status === 'running'
  return (
    <Dialog
      open={state.status !== 'idle'}
      onOpenChange={(open) => !open && onClose()}
      size="sm"
      title="Export CSV"
      description={`The entries matching the current filters, in the current order; at most ${cap.toLocaleString()} rows.`}
      footer={
        running ? (
          <Button onClick={onCancel}>Cancel</Button>
        ) : (
          <Button variant="primary" onClick={onClose}>
            Close
          </Button>
        )
      }
    >
      {state.status === 'running' && (
        <div className="stack">
          <p role="status">
            {state.total === null
              ? 'Fetching the first page…'
              : `Fetched ${state.fetched.toLocaleString()} of ${state.total.toLocaleString()} entries (10 per request)…`}
          </p>
          <ProgressBar label="Export progress" value={state.fetched} max={state.total ?? 1} />
        </div>
      )}
      {state.status === 'done' && (
        <div className="stack">
          <p role="status">
            Saved {state.rows.toLocaleString()} {state.rows === 1 ? 'entry' : 'entries'} to <code>{state.fileName}</code>.
          </p>
          {state.total > state.rows && (
            <p className="muted">
              The filtered journal holds {state.total.toLocaleString()} entries; the file has the first {state.rows.toLocaleString()}.
              Narrow the time range to export the rest.
            </p>
          )}
          <div>
            <Button size="sm" onClick={() => downloadText(state.csv, state.fileName)}>
              Download again
            </Button>
          </div>
        </div>
      )}
      {state.status === 'cancelled' && <p role="status">Export cancelled; nothing was saved.</p>}
      {state.status === 'error' && <ErrorState error={state.error} title="The export failed" onRetry={onRetry} />}
    </Dialog>
  )
}
