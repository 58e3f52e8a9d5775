import { Button } from '../../components/ui/Button'
import { SearchBox } from '../../components/ui/SearchBox'
import type { ClientListState } from './list-params'

type Props = {
  state: ClientListState
  onChange: (patch: Partial<ClientListState>) => void
}

export function hasClientFilters(state: ClientListState) {
  return Boolean(state.q || state.tag || state.status !== 'all')
}

/** Search by name, filter by status and tag; every change lands in the URL. */
export function ClientsToolbar({ state, onChange }: Props) {
  return (
    <div className="toolbar" role="search" aria-label="Filter clients">
      <SearchBox label="Search clients by name" placeholder="Search by name…" value={state.q} onChange={(q) => onChange({ q })} />
      <label className="toolbar-filter">
        <span>Status</span>
        <select className="select select-sm" value={state.status} onChange={(e) => onChange({ status: e.target.value })}>
          <option value="all">All</option>
          <option value="enabled">Enabled</option>
          <option value="disabled">Disabled</option>
        </select>
      </label>
      <div className="toolbar-tag">
        <SearchBox label="Filter by tag" placeholder="Tag…" value={state.tag} onChange={(tag) => onChange({ tag })} debounceMs={400} />
      </div>
      {hasClientFilters(state) && (
        <Button variant="ghost" size="sm" onClick={() => onChange({ q: '', tag: '', status: 'all' })}>
          Clear filters
        </Button>
      )}
    </div>
  )
}
