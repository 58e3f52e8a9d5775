import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { errorMessage } from '../../api/errors'
import type { ClientListParams } from '../../api/schemas/client'
import { Button } from '../../components/ui/Button'
import { Dialog } from '../../components/ui/Dialog'
import { ProgressBar } from '../../components/ui/ProgressBar'
import { downloadText } from '../../lib/download'
import { pluralize } from '../../lib/format'
import { exportClientsCsv } from './csv/export-clients'

/** Fetches every page of the filtered view and saves it as CSV in the importer's format. */
export function ExportDialog({
  domainId,
  params,
  total,
  onClose,
}: {
  domainId: string
  params: ClientListParams
  total: number
  onClose: () => void
}) {
  const [progress, setProgress] = useState({ done: 0, total })
  const [error, setError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  // The view as it was when the dialog opened.
  const view = useRef(params)
  const save = useEffectEvent((csv: string) => {
    downloadText(csv, `clients-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv')
    onClose()
  })

  useEffect(() => {
    const abort = new AbortController()
    exportClientsCsv(domainId, view.current, (done, all) => setProgress({ done, total: all }), abort.signal).then(
      ({ csv }) => save(csv),
      (failure) => {
        if (!abort.signal.aborted) setError(errorMessage(failure))
      },
    )
    return () => abort.abort()
  }, [domainId, attempt])

  return (
    <Dialog
      open
      onOpenChange={(next) => !next && onClose()}
      title="Export clients"
      description={`${pluralize(total, 'client')} in the current view, as CSV (Name, Secret, Tags, Metadata).`}
      size="sm"
      footer={
        <>
          {error && (
            <Button
              onClick={() => {
                setError(null)
                setAttempt((n) => n + 1)
              }}
            >
              Retry
            </Button>
          )}
          <Button onClick={onClose}>Cancel</Button>
        </>
      }
    >
      {error ? (
        <p className="form-error" role="alert">
          Could not export: {error}
        </p>
      ) : (
        <div className="stack">
          <ProgressBar label="Exporting clients" value={progress.done} max={Math.max(progress.total, 1)} />
          <p className="muted" role="status">
            {progress.done.toLocaleString()} of {progress.total.toLocaleString()} clients fetched…
          </p>
        </div>
      )}
    </Dialog>
  )
}
