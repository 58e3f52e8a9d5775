import { Button } from '../../components/ui/Button'
import { FilterSelect, STATUS_FILTER_OPTIONS } from '../../components/ui/FilterSelect'
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
      <FilterSelect label="State" value={state.state} onChange={(state) => onChange({ state })} options={STATUS_FILTER_OPTIONS} />
      {hasBootstrapFilters(state) && (
        <Button variant="ghost" size="sm" onClick={() => onChange({ q: '', state: 'all' })}>
          Clear filters
        </Button>
      )}
    </div>
  )
}
