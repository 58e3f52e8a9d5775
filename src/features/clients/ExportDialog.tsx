import { useEffect, useEffectEvent, useId, useRef, useState } from 'react'
import { errorMessage } from '../../api/errors'
import type { ClientListParams } from '../../api/schemas/client'
import { Button } from '../../components/ui/Button'
import { Dialog } from '../../components/ui/Dialog'
import { ProgressBar } from '../../components/ui/ProgressBar'
import { IconAlert } from '../../components/ui/icons'
import { downloadText } from '../../lib/download'
import { pluralize } from '../../lib/format'
import { exportClientsCsv } from './csv/export-clients'

type Run = { attempt: number; secrets: boolean }

/**
 * Fetches every page of the filtered view and saves it as CSV in the importer's format. Secrets are left out
 * unless the operator asks for them, after a warning: a file of secrets in clear is a key to every client.
 */
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
  const [secrets, setSecrets] = useState(false)
  const [run, setRun] = useState<Run | null>(null)
  const [progress, setProgress] = useState({ done: 0, total })
  const [error, setError] = useState<string | null>(null)
  const warningId = useId()
  // The view as it was when the dialog opened.
  const view = useRef(params)
  const save = useEffectEvent((csv: string) => {
    downloadText(csv, `clients-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv')
    onClose()
  })

  useEffect(() => {
    if (!run) return
    const abort = new AbortController()
    exportClientsCsv(domainId, view.current, { secrets: run.secrets }, (done, all) => setProgress({ done, total: all }), abort.signal).then(
      ({ csv }) => save(csv),
      (failure) => {
        if (!abort.signal.aborted) setError(errorMessage(failure))
      },
    )
    return () => abort.abort()
  }, [domainId, run])

  const start = () => {
    setError(null)
    setRun((previous) => ({ attempt: (previous?.attempt ?? 0) + 1, secrets }))
  }

  return (
    <Dialog
      open
      onOpenChange={(next) => !next && onClose()}
      title="Export clients"
      description={`${pluralize(total, 'client')} in the current view, as CSV (Name, Secret, Tags, Metadata).`}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          {(!run || error) && (
            <Button variant="primary" onClick={start}>
              {run ? 'Retry' : 'Export'}
            </Button>
          )}
        </>
      }
    >
      {!run ? (
        <div className="stack">
          <label className="export-option">
            <input
              type="checkbox"
              className="checkbox"
              checked={secrets}
              aria-describedby={warningId}
              onChange={(event) => setSecrets(event.target.checked)}
            />
            Include client secrets
          </label>
          {secrets ? (
            <p className="cert-warning" id={warningId} role="alert">
              <IconAlert /> The file will hold every client's secret in clear: anyone who has it can connect as these clients. Keep it safe,
              and delete it when done.
            </p>
          ) : (
            <p className="field-hint" id={warningId}>
              The Secret column stays empty: importing the file creates clients with new secrets.
            </p>
          )}
        </div>
      ) : error ? (
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
