import { ProgressBar } from '../../../components/ui/ProgressBar'
import type { Client } from '../../../api/schemas/client'
import { pluralize } from '../../../lib/format'
import { CreatedClientsDownload } from './CreatedClientsDownload'
import { PreviewTable } from './PreviewTable'
import { reasonOf, withStatus, type ImportProgress, type RowOutcome } from './run-import'
import type { ImportStage } from './useClientImport'

/** While the rows are created: how far it got. */
export function ImportProgressView({ progress, cancelling }: { progress: ImportProgress; cancelling: boolean }) {
  return (
    <div className="import-progress">
      <ProgressBar label="Creating clients" value={progress.settled} max={progress.total} />
      <p role="status" aria-live="polite">
        Created {progress.created.toLocaleString()} of {progress.total.toLocaleString()}
        {progress.skipped > 0 && ` · ${progress.skipped.toLocaleString()} created before, skipped`}
        {progress.failed > 0 && ` · ${progress.failed.toLocaleString()} failed`}
        {cancelling && ' · stopping after the current batch…'}
      </p>
    </div>
  )
}

type SummaryProps = {
  stage: Extract<ImportStage, { kind: 'done' }>
  outcomes: Map<string, RowOutcome>
  /** A created client, for a key the create answer did not carry. */
  view: (id: string, signal: AbortSignal) => Promise<Client>
}

/** What became of every row, the created clients' file, and the rows that failed with why. */
export function ImportSummary({ stage, outcomes, view }: SummaryProps) {
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
      {created > 0 && <CreatedClientsDownload file={stage.file} rows={stage.rows} outcomes={outcomes} view={view} />}
      {failed.length > 0 && <PreviewTable rows={failed} reasons={reasons} label="Rows that failed" />}
    </div>
  )
}
