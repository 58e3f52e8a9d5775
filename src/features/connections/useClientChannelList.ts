import { useQuery } from '@tanstack/react-query'
import type { ChannelListParams } from '../../api/schemas/channel'
import { connectionQueries } from '../../data/connections'
import { useClampPage } from '../../lib/paging'
import { useUrlState } from '../../lib/url-state'
import { LIST_ALLOWED, LIST_DEFAULTS } from './list-state'

const DEFAULTS = { ...LIST_DEFAULTS, type: 'all' }
const ALLOWED = { ...LIST_ALLOWED, type: ['all', 'publish', 'subscribe'] } as const

/** The page of channels a client is connected to, its search, type filter, sort and paging held in the URL. */
export function useClientChannelList(domainId: string, clientId: string) {
  const [state, setState] = useUrlState(DEFAULTS, ALLOWED)
  const params: ChannelListParams = {
    offset: (state.page - 1) * state.size,
    limit: state.size,
    name: state.q || undefined,
    connection_type: state.type === 'all' ? undefined : (state.type as ChannelListParams['connection_type']),
    // A connection to a channel disabled later is still a connection: list every status.
    status: 'all',
    order: state.sort as ChannelListParams['order'],
    dir: state.dir as ChannelListParams['dir'],
  }
  const list = useQuery(connectionQueries.clientChannels(domainId, clientId, params))
  const total = list.data?.total ?? 0
  useClampPage(state, total, list.isSuccess && !list.isPlaceholderData, setState)
  return {
    state,
    setState,
    list,
    total,
    filtered: Boolean(state.q || state.type !== 'all'),
    clearFilters: () => setState({ q: '', type: 'all' }),
  }
}
