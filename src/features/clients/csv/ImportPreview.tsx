import { useMemo } from 'react'
import { Badge } from '../../../components/ui/Badge'
import { Spinner } from '../../../components/ui/Spinner'
import { IconFile } from '../../../components/ui/icons'
import { pluralize } from '../../../lib/format'
import type { ExistingCheck } from './existing-clients'
import { PreviewTable } from './PreviewTable'
import type { ImportStage, RowFilter } from './useClientImport'

/** Every row of the file, with its problems, and what the check against the domain's clients found. */
export function ImportPreview({
  stage,
  filter,
  onFilter,
}: {
  stage: Extract<ImportStage, { kind: 'preview' }>
  filter: RowFilter
  onFilter: (f: RowFilter) => void
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
