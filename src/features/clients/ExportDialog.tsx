import { useId, useRef, useState } from 'react'
import type { ClientListParams } from '../../api/schemas/client'
import { Button } from '../../components/ui/Button'
import { Dialog } from '../../components/ui/Dialog'
import { ProgressBar } from '../../components/ui/ProgressBar'
import { IconAlert } from '../../components/ui/icons'
import type { BulkTarget } from '../../data/client-bulk'
import { pluralize } from '../../lib/format'
import { useClientExport, type ExportProgress, type ExportShape } from './useClientExport'

type Props = {
  domainId: string
  params: ClientListParams
  total: number
  /** The clients selected in the list, when any: the export can be of them instead of the whole filter. */
  selection?: { target: BulkTarget; count: number } | null
  onClose: () => void
}

const SHAPES: Record<ExportShape, [label: string, hint: string]> = {
  import: ['To import again', 'Name, Secret, Tags, Metadata: the columns the importer reads.'],
  inventory: [
    'Inventory',
    'ID, name, identity, status, tags, metadata, parent group (name and ID), created, last seen, authentication; times in ISO 8601 (UTC).',
  ],
}

/**
 * Saves clients as CSV: the filtered view or the selection, re-importable or as an inventory. Secrets are left out unless
 * the operator asks for them, after a warning: a file of secrets in clear is a key to every client.
 */
export function ExportDialog({ domainId, params, total, selection = null, onClose }: Props) {
  const [shape, setShape] = useState<ExportShape>('import')
  const [ofSelection, setOfSelection] = useState(selection !== null)
  const [secrets, setSecrets] = useState(false)
  const warningId = useId()
  // The view as it was when the dialog opened.
  const view = useRef<BulkTarget>({ filter: params })
  const exporting = useClientExport(domainId, onClose)
  const count = ofSelection && selection ? selection.count : total
  const start = () =>
    void exporting.start({
      target: ofSelection && selection ? selection.target : view.current,
      shape,
      secrets: shape === 'import' && secrets,
    })

  return (
    <Dialog
      open
      onOpenChange={(next) => !next && onClose()}
      title="Export clients"
      description={`${pluralize(count, 'client')} as CSV.`}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          {(!exporting.started || exporting.error) && (
            <Button variant="primary" onClick={start}>
              {exporting.started ? 'Retry' : 'Export'}
            </Button>
          )}
        </>
      }
    >
      {!exporting.started ? (
        <div className="stack">
          {selection && (
            <Choice legend="Clients" value={ofSelection ? 'selection' : 'filter'} onChange={(v) => setOfSelection(v === 'selection')}>
              {{
                selection: [`The selection (${pluralize(selection.count, 'client')})`],
                filter: [`The current view (${pluralize(total, 'client')})`],
              }}
            </Choice>
          )}
          <Choice legend="Columns" value={shape} onChange={setShape}>
            {SHAPES}
          </Choice>
          {shape === 'import' && (
            <>
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
                  <IconAlert /> The file will hold every client's secret in clear: anyone who has it can connect as these clients. Keep it
                  safe, and delete it when done.
                </p>
              ) : (
                <p className="field-hint" id={warningId}>
                  The Secret column stays empty: importing the file creates clients with new secrets.
                </p>
              )}
            </>
          )}
        </div>
      ) : exporting.error ? (
        <p className="form-error" role="alert">
          Could not export: {exporting.error}
        </p>
      ) : (
        <ExportProgressView progress={exporting.progress} />
      )}
    </Dialog>
  )
}

/** Radio buttons, each with its label and an optional hint. */
function Choice<T extends string>(props: {
  legend: string
  value: T
  onChange: (value: T) => void
  children: Record<T, [string, string?]>
}) {
  const name = useId()
  return (
    <fieldset className="choice-group">
      <legend className="field-label">{props.legend}</legend>
      {(Object.entries(props.children) as [T, [string, string?]][]).map(([value, [label, hint]]) => (
        <label key={value} className="export-option">
          <input type="radio" name={name} checked={props.value === value} onChange={() => props.onChange(value)} />
          <span>
            {label}
            {hint && <span className="field-hint export-hint">{hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  )
}

function ExportProgressView({ progress }: { progress: ExportProgress | null }) {
  const done = progress?.done ?? 0
  const total = progress?.total ?? 0
  const noun = progress?.phase === 'activity' ? 'clients’ activity read' : 'clients fetched'
  return (
    <div className="stack">
      <ProgressBar label="Exporting clients" value={done} max={Math.max(total, 1)} />
      <p className="muted" role="status">
        {done.toLocaleString()} of {total.toLocaleString()} {noun}…
      </p>
    </div>
  )
}
