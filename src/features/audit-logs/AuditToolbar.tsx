import { useId } from 'react'
import type { JournalEntityType } from '../../api/schemas/journal'
import { CHANGE_OPERATIONS, JOURNAL_OPERATIONS } from '../../api/journal-operations'
import { Button } from '../../components/ui/Button'
import { FilterSelect } from '../../components/ui/FilterSelect'
import { Switch } from '../../components/ui/Switch'
import { IconDownload } from '../../components/ui/icons'
import { RANGES, changesOnly, fromLocalInput, hasAuditFilters, toLocalInput, type AuditState } from './audit-params'
import { OperationInput } from './OperationInput'

type Props = {
  state: AuditState
  onChange: (patch: Partial<AuditState>) => void
  entityType: JournalEntityType
  onExport: () => void
  exportDisabledReason?: string | null
}

const DAY_SECONDS = 86_400
const ORDER_OPTIONS = [
  { value: 'desc', label: 'Newest first' },
  { value: 'asc', label: 'Oldest first' },
]

/** Operation, time range, order, auto-refresh and export; every filter lands in the URL. */
export function AuditToolbar({ state, onChange, entityType, onExport, exportDisabledReason }: Props) {
  const hintId = useId()
  const suggestions = JOURNAL_OPERATIONS[entityType]
  const unknown = state.op !== '' && !suggestions.includes(state.op)
  const inverted = state.range === 'custom' && state.from > 0 && state.to > 0 && state.from > state.to

  return (
    <div className="audit-toolbar">
      <div className="toolbar" role="search" aria-label="Filter the audit log">
        <OperationInput value={state.op} onChange={(op) => onChange({ op })} suggestions={suggestions} describedBy={hintId} />
        <FilterSelect
          label="Time"
          value={state.range}
          onChange={(range) => {
            // A custom range starts as "the last 24 hours", for the user to adjust.
            const start = range === 'custom' && !state.from ? Math.floor(Date.now() / 60_000) * 60 - DAY_SECONDS : state.from
            onChange(range === 'custom' ? { range, from: start } : { range, from: 0, to: 0 })
          }}
          options={RANGES}
        />
        {state.range === 'custom' && (
          <>
            <label className="toolbar-filter">
              <span>From</span>
              <input
                type="datetime-local"
                className="input audit-datetime"
                value={toLocalInput(state.from)}
                max={toLocalInput(state.to) || undefined}
                onChange={(event) => onChange({ from: fromLocalInput(event.target.value, 'start') })}
              />
            </label>
            <label className="toolbar-filter">
              <span>To</span>
              <input
                type="datetime-local"
                className="input audit-datetime"
                value={toLocalInput(state.to)}
                min={toLocalInput(state.from) || undefined}
                onChange={(event) => onChange({ to: fromLocalInput(event.target.value, 'end') })}
              />
            </label>
          </>
        )}
        <FilterSelect label="Order" value={state.dir} onChange={(dir) => onChange({ dir })} options={ORDER_OPTIONS} />
        <Switch
          label="Changes only (hide reads)"
          text="Changes only"
          checked={changesOnly(state)}
          onChange={(on) => onChange({ changes: on ? '1' : '' })}
          disabledReason={state.op ? 'An exact operation is chosen: clear it to see all changes' : null}
        />
        {hasAuditFilters(state) && (
          <Button variant="ghost" size="sm" onClick={() => onChange({ op: '', range: 'all', from: 0, to: 0 })}>
            Clear filters
          </Button>
        )}
        <span className="spacer" />
        <Switch
          label="Auto-refresh every 10 seconds"
          text="Auto-refresh"
          checked={state.live === '1'}
          onChange={(on) => onChange({ live: on ? '1' : '', page: state.page })}
        />
        <Button size="sm" icon={<IconDownload />} onClick={onExport} disabledReason={exportDisabledReason}>
          Export CSV
        </Button>
      </div>
      <p id={hintId} className="audit-hint">
        {changesOnly(state) && (
          <span className="audit-changes-note">
            Changes only: reads and sign-ins (views, lists, token refreshes) are hidden. The journal filters by one exact operation, so each
            of the {CHANGE_OPERATIONS[entityType].length} change operations is read on its own and merged by time.{' '}
          </span>
        )}
        {unknown ? (
          <span className="audit-warning">
            “{state.op}” is not one of Magistrala’s known {entityType} operations; the journal matches exact names only, so check the
            spelling.
          </span>
        ) : (
          <>
            Suggestions are Magistrala’s known {entityType} operations (the journal cannot list the ones that occurred); type any exact
            name.
          </>
        )}
        {inverted && <span className="audit-warning"> “From” is after “To”: nothing can match.</span>}
      </p>
    </div>
  )
}
