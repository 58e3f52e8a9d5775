import { Button } from '../../components/ui/Button'
import { SearchBox } from '../../components/ui/SearchBox'
import { hasBootstrapFilters, type BootstrapListState } from './list-params'

type Props = {
  state: BootstrapListState
  onChange: (patch: Partial<BootstrapListState>) => void
}

/** Search by name and filter by state; every change lands in the URL. */
export function BootstrapsToolbar({ state, onChange }: Props) {
  return (
    <div className="toolbar" role="search" aria-label="Filter configurations">
      <SearchBox label="Search configurations by name" placeholder="Search by name…" value={state.q} onChange={(q) => onChange({ q })} />
      <label className="toolbar-filter">
        <span>State</span>
        <select className="select select-sm" value={state.state} onChange={(e) => onChange({ state: e.target.value })}>
          <option value="all">All</option>
          <option value="enabled">Enabled</option>
          <option value="disabled">Disabled</option>
        </select>
      </label>
      {hasBootstrapFilters(state) && (
        <Button variant="ghost" size="sm" onClick={() => onChange({ q: '', state: 'all' })}>
          Clear filters
        </Button>
      )}
    </div>
  )
}
