import { useEffect } from 'react'

/** A paged list's position, as `useUrlState` keeps it: 1-based page, rows per page. */
export type Paging = { page: number; size: number }
export type SetPaging = (patch: Partial<Paging>, options?: { replace?: boolean }) => void

/**
 * Steps back to the last page there is when the list shrinks under the current one (its last rows deleted, a narrower
 * filter), replacing the history entry so Back does not return to an empty page. `settled`: the total answers the
 * current page's request (not a placeholder kept from the previous one), so a total still loading cannot move the page.
 */
export function useClampPage({ page, size }: Paging, total: number, settled: boolean, setPaging: SetPaging) {
  const lastPage = Math.max(1, Math.ceil(total / size))
  useEffect(() => {
    if (settled && page > lastPage) setPaging({ page: lastPage }, { replace: true })
  }, [settled, page, lastPage, setPaging])
}
