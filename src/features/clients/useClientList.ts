import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'
import { useLocation } from 'react-router-dom'
import type { Client } from '../../api/schemas/client'
import { clientQueries } from '../../data/clients'
import { telemetryQueries } from '../../data/telemetry'
import { useApplyWhenReady } from '../../lib/apply-when-ready'
import { useClampPage } from '../../lib/paging'
import { useUrlState } from '../../lib/url-state'
import { CLIENT_LIST_ALLOWED, CLIENT_LIST_DEFAULTS, toListParams, type ClientListState } from './list-params'

const WAITS_FOR_ROWS = new Set(['page', 'sort', 'dir', 'q'])

/**
 * The clients list's state, kept in the URL. A change starts loading its rows on the click, not after the page has
 * re-rendered for the new URL: sort, page and search then wait for their rows (briefly); other changes come from
 * controlled inputs, which must show the new value at once.
 */
export function useClientListState(domainId: string) {
  const queryClient = useQueryClient()
  const [state, setUrlState] = useUrlState(CLIENT_LIST_DEFAULTS, CLIENT_LIST_ALLOWED)
  /** Starts loading the list at `at`; resolves once it is in, or returns null when its rows are cached already. */
  const prefetchList = useCallback(
    (at: ClientListState) => {
      const options = clientQueries.list(domainId, toListParams(at))
      const done = queryClient.prefetchQuery(options)
      return queryClient.getQueryData(options.queryKey) === undefined ? done : null
    },
    [queryClient, domainId],
  )
  const applyWhenReady = useApplyWhenReady(useLocation().search, setUrlState)
  const setState = useCallback(
    (patch: Partial<ClientListState>, options?: { replace?: boolean }) => {
      const at = (merged: Partial<ClientListState>) => ({ ...state, ...('page' in merged ? {} : { page: 1 }), ...merged })
      if (Object.keys(patch).every((key) => WAITS_FOR_ROWS.has(key))) {
        applyWhenReady(patch, (merged) => prefetchList(at(merged)), options)
        return
      }
      void prefetchList(at(patch))
      setUrlState(patch, options)
    },
    [state, prefetchList, setUrlState, applyWhenReady],
  )
  return { state, setState, prefetchList }
}

/** The page of clients the state asks for, its rows (in last-seen order when sorted so), and its paging kept in range. */
export function useClientList(domainId: string) {
  const { state, setState, prefetchList } = useClientListState(domainId)
  const params = toListParams(state)
  const list = useQuery(clientQueries.list(domainId, params))
  const total = list.data?.total ?? 0
  const settled = list.isSuccess && !list.isPlaceholderData
  const rows = useLastSeenOrder(domainId, list.data?.clients, state.sort === 'last_seen', state.dir === 'desc')
  useClampPage(state, total, settled, setState)
  usePrefetchNextPage(settled && state.page * state.size < total, state, prefetchList)
  return { state, setState, params, list, total, rows }
}

/**
 * The next page is the likeliest click: fetched while the operator reads this one (after its own per-row requests
 * have started), it opens at once.
 */
function usePrefetchNextPage(hasNextPage: boolean, state: ClientListState, prefetchList: (at: ClientListState) => unknown) {
  useEffect(() => {
    if (!hasNextPage) return
    const timer = setTimeout(() => void prefetchList({ ...state, page: state.page + 1 }), 250)
    return () => clearTimeout(timer)
  }, [hasNextPage, state, prefetchList])
}

/**
 * One page ordered by last seen (never-seen clients last), from each row's telemetry: Magistrala cannot sort the
 * list by it, so only the page on screen is ordered. Telemetry is asked for only while sorting so.
 */
function useLastSeenOrder(domainId: string, clients: Client[] | undefined, active: boolean, desc: boolean) {
  const lastSeen = useQueries({
    queries: (active ? (clients ?? []) : []).map((c) => telemetryQueries.ofClient(domainId, c.id)),
    combine: (results) => results.map((r) => r.data?.last_seen ?? ''),
  })
  if (!active || !clients) return clients
  const order = clients.map((client, i) => ({ client, seen: lastSeen[i] }))
  order.sort((a, b) => (a.seen === b.seen ? 0 : !a.seen ? 1 : !b.seen ? -1 : (a.seen < b.seen ? -1 : 1) * (desc ? -1 : 1)))
  return order.map((o) => o.client)
}
