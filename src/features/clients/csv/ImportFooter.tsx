import { useMemo } from 'react'
import { Button } from '../../../components/ui/Button'
import { IconDownload, IconRefresh } from '../../../components/ui/icons'
import { downloadText } from '../../../lib/download'
import { pluralize } from '../../../lib/format'
import { errorReportCsv, type ImportRow } from './client-csv'
import { MAPPING_FORM_ID } from './ColumnMapping'
import { reasonOf, type RowOutcome } from './run-import'
import type { ImportStage } from './useClientImport'

type FooterProps = {
  stage: ImportStage
  outcomes: Map<string, RowOutcome>
  cancelling: boolean
  onClose: () => void
  onReset: () => void
  onStart: (file: File, rows: ImportRow[], toSend: ImportRow[]) => void
  onCancel: () => void
}

/** The buttons of each step: stop reading, read with the columns mapped, create, cancel, retry what failed, the error report. */
export function ImportFooter({ stage, outcomes, cancelling, onClose, onReset, onStart, onCancel }: FooterProps) {
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
  if (stage.kind === 'mapping') {
    return (
      <>
        <Button onClick={onReset}>Choose another file</Button>
        <Button variant="primary" type="submit" form={MAPPING_FORM_ID}>
          Use these columns
        </Button>
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
