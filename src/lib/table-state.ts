type RowsQuery = { isPending: boolean; isFetching: boolean; error: unknown; refetch: () => unknown }

/** A DataTable's view of the query that loads its rows: skeleton on first load, progress bar on refresh, error with Retry. */
export function tableStatus(query: RowsQuery) {
  return { loading: query.isPending, fetching: query.isFetching, error: query.error, onRetry: () => void query.refetch() }
}

type SortState = { sort: string; dir: string }

/** A DataTable's sort kept in list state (the URL) as the column id (`sort`) and `dir`. */
export function tableSort(state: SortState, setState: (patch: SortState) => void) {
  return {
    sort: { id: state.sort, desc: state.dir === 'desc' },
    onSortChange: (sort: { id: string; desc: boolean }) => setState({ sort: sort.id, dir: sort.desc ? 'desc' : 'asc' }),
  }
}
