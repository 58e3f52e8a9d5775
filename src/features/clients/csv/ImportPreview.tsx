import { useMemo } from 'react'
import { Badge } from '../../../components/ui/Badge'
import { Spinner } from '../../../components/ui/Spinner'
import { IconFile } from '../../../components/ui/icons'
import { pluralize } from '../../../lib/format'
import { DELIMITER_NAMES, FIELD_LABELS, type CsvLayout } from './csv-layout'
import type { ExistingCheck } from './existing-clients'
import { PreviewTable } from './PreviewTable'
import type { ImportStage, RowFilter } from './useClientImport'
import type { ImportRow } from './client-csv'

const matches = (row: ImportRow, filter: RowFilter) =>
  filter === 'all' ||
  (filter === 'warned' ? row.warnings.length > 0 && !row.problems.length : (filter === 'invalid') === row.problems.length > 0)

/** Every row of the file, with its problems, and what the check against the domain's clients found. */
export function ImportPreview({
  stage,
  filter,
  onFilter,
  onMapColumns,
}: {
  stage: Extract<ImportStage, { kind: 'preview' }>
  filter: RowFilter
  onFilter: (f: RowFilter) => void
  onMapColumns: () => void
}) {
  const { rows, check } = stage
  const counts = useMemo(() => {
    const invalid = rows.reduce((n, r) => n + (r.problems.length ? 1 : 0), 0)
    const warned = rows.reduce((n, r) => n + (r.warnings.length && !r.problems.length ? 1 : 0), 0)
    return { all: rows.length, invalid, valid: rows.length - invalid, warned }
  }, [rows])
  const shown = useMemo(() => (filter === 'all' ? rows : rows.filter((r) => matches(r, filter))), [rows, filter])
  const filters = (['all', 'valid', 'invalid', 'warned'] as const).filter((f) => f !== 'warned' || counts.warned > 0)
  return (
    <div className="stack">
      <div className="import-counts">
        <IconFile />
        <strong className="truncate">{stage.file.name}</strong>
        <span>{pluralize(rows.length, 'row')}</span>
        <Badge tone="success">{counts.valid.toLocaleString()} valid</Badge>
        <Badge tone={counts.invalid ? 'danger' : 'neutral'}>{counts.invalid.toLocaleString()} with problems</Badge>
        {counts.warned > 0 && <Badge tone="warning">{pluralize(counts.warned, 'name')} used twice</Badge>}
      </div>
      <LayoutNote layout={stage.layout} onMapColumns={onMapColumns} />
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
        {filters.map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => onFilter(f)}>
            {FILTER_LABELS[f]} ({counts[f].toLocaleString()})
          </button>
        ))}
      </div>
      <PreviewTable rows={shown} label="Rows in the file" />
    </div>
  )
}

const FILTER_LABELS: Record<RowFilter, string> = { all: 'All', valid: 'Valid', invalid: 'With problems', warned: 'Name used twice' }

/** How the file was read: its delimiter, and its header's columns or the documented order; a way to map them. */
function LayoutNote({ layout, onMapColumns }: { layout: CsvLayout; onMapColumns: () => void }) {
  const delimiter = DELIMITER_NAMES[layout.delimiter]
  const read = layout.columns.map((field, i) => (field ? FIELD_LABELS[field] : `${layout.header[i]?.trim() || `column ${i + 1}`} ignored`))
  return (
    <p className="import-layout">
      <span>
        {delimiter[0].toUpperCase() + delimiter.slice(1)}-separated.{' '}
        {layout.headerless
          ? `No header row: the columns are read in the documented order (${read.join(', ')}), and row 1 is a client.`
          : `Columns: ${read.join(', ')}.`}
      </span>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onMapColumns}>
        {layout.headerless ? 'Row 1 is a header: map its columns' : 'Change columns'}
      </button>
    </p>
  )
}

function checkSummary(check: ExistingCheck): string {
  if (!check.checked) {
    return `The file could not be checked against existing clients (${check.reason}); the server refuses secrets that clash, and rows created before are found while creating.`
  }
  const secrets = check.secrets
    ? check.clashes
      ? `${pluralize(check.clashes, 'row')} with a secret already in use`
      : 'no secret already in use'
    : 'their secrets are not listed for your account, so the server refuses any that clash'
  const namesakes = check.namesakes
    ? ` ${pluralize(check.namesakes, 'row')} ${check.namesakes === 1 ? 'has' : 'have'} the name of an existing client (allowed, but worth a look).`
    : ''
  const found = check.found
    ? ` ${pluralize(check.found, 'row')} of this file ${check.found === 1 ? 'was' : 'were'} created before and will be skipped.`
    : ''
  return `Checked against ${pluralize(check.clients, 'existing client')}: ${secrets}.${namesakes}${found}`
}
