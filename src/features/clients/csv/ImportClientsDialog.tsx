import { startTransition, useEffect, useMemo, useRef, useState, type DragEvent } from 'react'
import { useBlocker } from 'react-router-dom'
import { errorMessage } from '../../../api/errors'
import { Badge } from '../../../components/ui/Badge'
import { Button } from '../../../components/ui/Button'
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog'
import { Dialog } from '../../../components/ui/Dialog'
import { ProgressBar } from '../../../components/ui/ProgressBar'
import { Spinner } from '../../../components/ui/Spinner'
import { IconAlert, IconDownload, IconFile, IconRefresh, IconUpload } from '../../../components/ui/icons'
import { downloadText } from '../../../lib/download'
import { pluralize } from '../../../lib/format'
import { CSV_COLUMNS, errorReportCsv, type ImportRow } from './client-csv'
import { checkExistingClients, type ExistingCheck } from './existing-clients'
import { PreviewTable } from './PreviewTable'
import { readCsvFile } from './read-csv-file'
import { useClientImportWrites } from '../../../data/clients'
import { mergeOutcomes, runImport, type ImportProgress, type RowOutcome } from './run-import'
import './import.css'

type Stage =
  | { kind: 'pick'; error?: string }
  | { kind: 'parsing'; file: File; read: number }
  | { kind: 'preview'; file: File; rows: ImportRow[]; check: ExistingCheck | 'running' }
  | { kind: 'importing'; file: File; rows: ImportRow[]; progress: ImportProgress }
  | { kind: 'done'; file: File; rows: ImportRow[]; stopped: boolean; fatal?: string }

type Filter = 'all' | 'valid' | 'invalid'

type Props = { domainId: string; open: boolean; onOpenChange: (open: boolean) => void; onFinished: (created: number) => void }

export function ImportClientsDialog({ domainId, open, onOpenChange, onFinished }: Props) {
  const writes = useClientImportWrites(domainId)
  const [stage, setStage] = useState<Stage>({ kind: 'pick' })
  const [filter, setFilter] = useState<Filter>('all')
  const [cancelling, setCancelling] = useState(false)
  const stopRef = useRef(false)
  // What runs for this dialog (a parse, the check against the domain, an import): aborted when the dialog goes away.
  const abortRef = useRef<AbortController | null>(null)
  // Outcomes of every attempt so far, by row id: a retry only re-sends rows that failed.
  const [outcomes, setOutcomes] = useState(() => new Map<string, RowOutcome>())
  const importing = stage.kind === 'importing'

  useEffect(() => () => abortRef.current?.abort(), [])
  useLeaveWarning(importing)
  // Leaving the page inside the console asks first, as closing the tab does.
  const blocker = useBlocker(importing)

  const reset = () => {
    abortRef.current?.abort()
    setOutcomes(new Map())
    setFilter('all')
    setStage({ kind: 'pick' })
  }

  const choose = async (file: File) => {
    abortRef.current?.abort()
    const abort = new AbortController()
    abortRef.current = abort
    setOutcomes(new Map())
    setStage({ kind: 'parsing', file, read: 0 })
    const result = await readCsvFile(file, domainId, (read) => setStage((s) => (s.kind === 'parsing' ? { ...s, read } : s)), abort.signal)
    if (abort.signal.aborted) return
    if (!result.ok) return setStage({ kind: 'pick', error: result.error })
    // A transition: rendering the preview of 100,000 rows (counts, the virtualiser's positions) yields to the
    // browser every few milliseconds instead of holding the page for one long task.
    startTransition(() => {
      setFilter(result.invalid ? 'invalid' : 'all')
      setStage({ kind: 'preview', file, rows: result.rows, check: 'running' })
    })
    const check = await checkExistingClients(domainId, result.rows, abort.signal).catch((error): ExistingCheck => ({
      checked: false,
      reason: `the check failed (${errorMessage(error)})`,
    }))
    // The check marks rows in place (clashing, created before); a new array makes the preview recount.
    if (!abort.signal.aborted) startTransition(() => setStage((s) => (s.kind === 'preview' ? { ...s, rows: s.rows.slice(), check } : s)))
  }

  const start = async (file: File, rows: ImportRow[], toSend: ImportRow[]) => {
    stopRef.current = false
    setCancelling(false)
    abortRef.current?.abort()
    const abort = new AbortController()
    abortRef.current = abort
    // Rows the check found in the domain already are not sent again.
    const found = new Map(toSend.filter((row) => row.alreadyCreated).map((row): [string, RowOutcome] => [row.id, { status: 'skipped' }]))
    const pending = toSend.filter((row) => !row.alreadyCreated)
    const total = pending.length
    setStage({ kind: 'importing', file, rows, progress: { settled: 0, total, created: 0, skipped: 0, failed: 0 } })
    const result = await runImport(pending, {
      createBatch: writes.createBatch,
      exists: writes.exists,
      onProgress: (progress) => setStage((s) => (s.kind === 'importing' ? { ...s, progress } : s)),
      shouldStop: () => stopRef.current,
      signal: abort.signal,
    })
    if (abort.signal.aborted) return
    setOutcomes((previous) => mergeOutcomes(previous, new Map([...found, ...result.outcomes])))
    await writes.finished()
    setStage({ kind: 'done', file, rows, stopped: result.stopped, fatal: result.fatal })
  }

  const close = (next: boolean) => {
    if (next || importing) return
    const created = [...outcomes.values()].filter((o) => o.status === 'created').length
    if (created) onFinished(created)
    reset()
    onOpenChange(false)
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Create clients from a CSV file"
      description="Preview every row, then create the valid ones in batches."
      size="xl"
      modalLock={stage.kind !== 'pick'}
      footer={
        <Footer
          stage={stage}
          outcomes={outcomes}
          cancelling={cancelling}
          onClose={() => close(false)}
          onReset={reset}
          onStart={start}
          onCancel={() => ((stopRef.current = true), setCancelling(true))}
        />
      }
    >
      {stage.kind === 'pick' && <PickFile error={stage.error} onFile={choose} />}
      {stage.kind === 'parsing' && (
        <div className="import-busy" role="status">
          <Spinner size={20} />
          <p>
            Reading <strong>{stage.file.name}</strong>… {stage.read > 0 && `${stage.read.toLocaleString()} rows so far`}
          </p>
        </div>
      )}
      {stage.kind === 'preview' && <Preview stage={stage} filter={filter} onFilter={setFilter} />}
      {stage.kind === 'importing' && (
        <div className="import-progress">
          <ProgressBar label="Creating clients" value={stage.progress.settled} max={stage.progress.total} />
          <p role="status" aria-live="polite">
            Created {stage.progress.created.toLocaleString()} of {stage.progress.total.toLocaleString()}
            {stage.progress.skipped > 0 && ` · ${stage.progress.skipped.toLocaleString()} created before, skipped`}
            {stage.progress.failed > 0 && ` · ${stage.progress.failed.toLocaleString()} failed`}
            {cancelling && ' · stopping after the current batch…'}
          </p>
        </div>
      )}
      {stage.kind === 'done' && <Summary stage={stage} outcomes={outcomes} />}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => !open && blocker.reset?.()}
        title="Leave while clients are being created?"
        description="The import stops: rows already created stay. Importing the same file again finds them and creates only the rest."
        confirmLabel="Stop and leave"
        onConfirm={() => blocker.proceed?.()}
        alert
      />
    </Dialog>
  )
}

/** Asks before the tab is closed or reloaded while `active` (the browser shows its own wording). */
function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers ask only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [active])
}

function PickFile({ error, onFile }: { error?: string; onFile: (file: File) => void }) {
  const [over, setOver] = useState(false)
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file) onFile(file)
  }
  return (
    <div className="stack">
      {/* Dropping is a shortcut; the button inside is the keyboard way. */}
      {/* oxlint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className={`dropzone${over ? ' is-over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <IconUpload size={24} />
        <p>Drop a .csv file here, or</p>
        <label className="btn btn-primary btn-md">
          Choose a CSV file
          <input
            type="file"
            accept=".csv,text/csv"
            className="visually-hidden"
            onChange={(event) => {
              const file = event.target.files?.[0]
              event.target.value = ''
              if (file) onFile(file)
            }}
          />
        </label>
      </div>
      {error && (
        <p className="form-error import-error" role="alert">
          <IconAlert /> {error}
        </p>
      )}
      <div className="import-help">
        <p>
          Columns, in this order, with a header row: <strong>{CSV_COLUMNS.join(', ')}</strong>. Only Name is required; <em>Key</em> is
          accepted for Secret; an empty secret is generated by the server.
        </p>
        <ul>
          <li>
            Tags: a JSON array such as <code>[&quot;sensor&quot;,&quot;dock&quot;]</code>, or <code>sensor;dock</code>.
          </li>
          <li>
            Metadata: a JSON object such as <code>{'{"model": "DS18B20"}'}</code>.
          </li>
          <li>UTF-8 text (with or without BOM); cells with commas or line breaks in double quotes; up to 200,000 rows and 32 MB.</li>
        </ul>
        <a className="btn btn-ghost btn-sm" href="/samples/clients.csv" download="clients-sample.csv">
          <IconDownload /> Download a sample file
        </a>
      </div>
    </div>
  )
}

function Preview({
  stage,
  filter,
  onFilter,
}: {
  stage: Extract<Stage, { kind: 'preview' }>
  filter: Filter
  onFilter: (f: Filter) => void
}) {
  const { rows, check } = stage
  const counts = useMemo(() => {
    const invalid = rows.reduce((n, r) => n + (r.problems.length ? 1 : 0), 0)
    return { invalid, valid: rows.length - invalid }
  }, [rows])
  const shown = useMemo(
    () => (filter === 'all' ? rows : rows.filter((r) => (filter === 'invalid') === r.problems.length > 0)),
    [rows, filter],
  )
  return (
    <div className="stack">
      <div className="import-counts">
        <IconFile />
        <strong className="truncate">{stage.file.name}</strong>
        <span>{pluralize(rows.length, 'row')}</span>
        <Badge tone="success">{counts.valid.toLocaleString()} valid</Badge>
        <Badge tone={counts.invalid ? 'danger' : 'neutral'}>{counts.invalid.toLocaleString()} with problems</Badge>
      </div>
      <p className="import-check" role="status">
        {check === 'running' ? (
          <>
            <Spinner size={12} /> Checking the file against existing clients…
          </>
        ) : (
          checkSummary(check)
        )}
      </p>
      <div className="segmented" role="group" aria-label="Show rows">
        {(['all', 'valid', 'invalid'] as const).map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => onFilter(f)}>
            {f === 'all'
              ? `All (${rows.length.toLocaleString()})`
              : f === 'valid'
                ? `Valid (${counts.valid.toLocaleString()})`
                : `With problems (${counts.invalid.toLocaleString()})`}
          </button>
        ))}
      </div>
      <PreviewTable rows={shown} label="Rows in the file" />
    </div>
  )
}

/** The rows of `rows` whose outcome has this status. */
const withStatus = (rows: ImportRow[], outcomes: Map<string, RowOutcome>, status: RowOutcome['status']) =>
  rows.filter((r) => outcomes.get(r.id)?.status === status)

const reasonOf = (outcome: RowOutcome | undefined) => (outcome && 'reason' in outcome ? outcome.reason : '')

function checkSummary(check: ExistingCheck): string {
  if (!check.checked) {
    return `The file could not be checked against existing clients (${check.reason}); the server refuses secrets that clash, and rows created before are found while creating.`
  }
  const secrets = check.secrets
    ? check.clashes
      ? `${pluralize(check.clashes, 'row')} with a secret already in use`
      : 'no secret already in use'
    : 'their secrets are not listed for your account, so the server refuses any that clash'
  const found = check.found
    ? ` ${pluralize(check.found, 'row')} of this file ${check.found === 1 ? 'was' : 'were'} created before and will be skipped.`
    : ''
  return `Checked against ${pluralize(check.clients, 'existing client')}: ${secrets}.${found}`
}

function Summary({ stage, outcomes }: { stage: Extract<Stage, { kind: 'done' }>; outcomes: Map<string, RowOutcome> }) {
  const failed = stage.rows.filter((r) => reasonOf(outcomes.get(r.id)))
  const unknown = withStatus(stage.rows, outcomes, 'unknown').length
  const created = withStatus(stage.rows, outcomes, 'created').length
  const skipped = withStatus(stage.rows, outcomes, 'skipped').length
  const invalid = stage.rows.filter((r) => r.problems.length).length
  const untried = stage.rows.length - invalid - created - skipped - failed.length
  const reasons = new Map(failed.map((r) => [r.id, reasonOf(outcomes.get(r.id))]))
  return (
    <div className="stack">
      <div className="import-result" role="status">
        <p>
          <strong>{pluralize(created, 'client')} created.</strong>
          {skipped > 0 && ` ${pluralize(skipped, 'row')} skipped: created by an earlier import of this file.`}
          {failed.length - unknown > 0 && ` ${pluralize(failed.length - unknown, 'row')} failed.`}
          {unknown > 0 && ` ${pluralize(unknown, 'row')} not confirmed: the server did not answer; retry to find out.`}
          {invalid > 0 && ` ${pluralize(invalid, 'row')} with problems ${invalid === 1 ? 'was' : 'were'} not sent.`}
          {untried > 0 && ` ${pluralize(untried, 'row')} not tried (stopped).`}
        </p>
        {stage.fatal && <p className="form-error">Stopped: {stage.fatal}</p>}
      </div>
      {failed.length > 0 && <PreviewTable rows={failed} reasons={reasons} label="Rows that failed" />}
    </div>
  )
}

type FooterProps = {
  stage: Stage
  outcomes: Map<string, RowOutcome>
  cancelling: boolean
  onClose: () => void
  onReset: () => void
  onStart: (file: File, rows: ImportRow[], toSend: ImportRow[]) => void
  onCancel: () => void
}

function Footer({ stage, outcomes, cancelling, onClose, onReset, onStart, onCancel }: FooterProps) {
  // Counted once per file (and after the check against the domain), not on every progress update of an import.
  const rows = 'rows' in stage ? stage.rows : undefined
  const valid = useMemo(() => rows?.filter((r) => !r.problems.length) ?? [], [rows])
  const toCreate = useMemo(() => valid.filter((r) => !r.alreadyCreated).length, [valid])
  if (stage.kind === 'pick' || stage.kind === 'parsing') {
    return (
      <>
        {stage.kind === 'parsing' && <Button onClick={onReset}>Stop reading</Button>}
        <Button onClick={onClose}>Close</Button>
      </>
    )
  }
  if (stage.kind === 'importing') {
    return (
      <Button onClick={onCancel} disabled={cancelling}>
        {cancelling ? 'Stopping…' : 'Cancel'}
      </Button>
    )
  }
  if (stage.kind === 'preview') {
    return (
      <>
        <Button onClick={onReset}>Choose another file</Button>
        <Button
          variant="primary"
          disabledReason={
            valid.length ? (stage.check === 'running' ? 'Checking the file against existing clients…' : null) : 'No valid rows to create'
          }
          onClick={() => onStart(stage.file, stage.rows, valid)}
        >
          Create {pluralize(toCreate, 'valid client')}
        </Button>
      </>
    )
  }
  const failed = stage.rows.filter((r) => reasonOf(outcomes.get(r.id)))
  const untried = valid.filter((r) => !outcomes.has(r.id))
  const report = [
    ...stage.rows.filter((r) => r.problems.length).map((row) => ({ row, reason: row.problems.join('; ') })),
    ...failed.map((row) => ({ row, reason: reasonOf(outcomes.get(row.id)) })),
  ].sort((a, b) => a.row.row - b.row.row)
  return (
    <>
      {report.length > 0 && (
        <Button
          icon={<IconDownload />}
          onClick={() => downloadText(errorReportCsv(report), `${stage.file.name.replace(/\.csv$/i, '')}-errors.csv`, 'text/csv')}
        >
          Download error report (CSV)
        </Button>
      )}
      {failed.length + untried.length > 0 && (
        <Button icon={<IconRefresh />} onClick={() => onStart(stage.file, stage.rows, [...failed, ...untried])}>
          Retry {pluralize(failed.length + untried.length, 'failed row')}
        </Button>
      )}
      <Button variant="primary" onClick={onClose}>
        Close
      </Button>
    </>
  )
}
