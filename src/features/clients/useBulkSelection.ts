import { useState } from 'react'
import type { Client, ClientListParams } from '../../api/schemas/client'
import type { RowSelection } from '../../components/ui/DataTable'
import type { BulkTarget } from '../../data/client-bulk'

/** The list's filter without its paging and order: what "every client matching this filter" means. */
function filterOf({ offset: _offset, limit: _limit, order: _order, dir: _dir, ...filter }: ClientListParams): ClientListParams {
  return filter
}

export type BulkSelection = ReturnType<typeof useBulkSelection>

/**
 * The rows ticked (on any page), or, once the operator asks for it, every client matching the filter (Gmail's "select
 * all conversations that match this search"); a change of filter drops that. Ticked rows are remembered as they were,
 * so actions on them know their status and tags without asking again, and permissions read the caller's actions on them.
 */
export function useBulkSelection(params: ClientListParams, rows: Client[] | undefined, total: number) {
  const [picked, setPicked] = useState<RowSelection>({})
  const [matchingFilter, setMatchingFilter] = useState<string | null>(null)
  const [seen, setSeen] = useState<ReadonlyMap<string, Client>>(new Map())

  const filter = filterOf(params)
  const filterKey = JSON.stringify(filter)
  const allMatching = matchingFilter === filterKey
  const ids = Object.keys(picked).filter((id) => picked[id])
  const pageIds = (rows ?? []).map((row) => row.id)
  const wholePagePicked = pageIds.length > 0 && pageIds.every((id) => picked[id])

  const clear = () => {
    setPicked({})
    setMatchingFilter(null)
  }
  return {
    picked,
    setPicked: (next: RowSelection) => {
      // Rows are ticked on screen: remember them as they are now.
      setSeen((before) => new Map([...before, ...(rows ?? []).filter((row) => next[row.id]).map((row) => [row.id, row] as const)]))
      setPicked(next)
      setMatchingFilter(null)
    },
    ids,
    allMatching,
    total,
    count: allMatching ? total : ids.length,
    /** "Select all N matching" is offered once the whole page is ticked and more rows match. */
    canSelectAllMatching: !allMatching && wholePagePicked && total > ids.length,
    selectAllMatching: () => setMatchingFilter(filterKey),
    clear,
    /** The clients picked that the list has shown (for permissions: the rows carry the caller's actions). */
    known: allMatching ? (rows ?? []) : ids.flatMap((id) => seen.get(id) ?? []),
    target: (): BulkTarget =>
      // The page on screen is the freshest copy of its rows (it refetches after every action).
      allMatching ? { filter } : { ids, known: new Map([...seen, ...(rows ?? []).map((row) => [row.id, row] as const)]) },
    /** Unticks clients that are gone (deleted). */
    forget: (...gone: string[]) => setPicked((now) => Object.fromEntries(Object.entries(now).filter(([id]) => !gone.includes(id)))),
  }
}
