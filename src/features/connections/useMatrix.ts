import { useQueries, useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router-dom'
import type { Channel, ChannelListParams } from '../../api/schemas/channel'
import { channelQueries } from '../../data/channels'
import { clientQueries } from '../../data/clients'
import { connectionQueries } from '../../data/connections'
import { useUrlState } from '../../lib/url-state'
import type { MatrixRow } from './ConnectionMatrix'

/** Rows are fetched one client at a time: keep a selection to what a screen (and a URL) can hold. */
export const MATRIX_MAX_CLIENTS = 50

const DEFAULTS = { q: '', show: 'all', page: 1, size: 10 }
const ALLOWED = { show: ['all', 'connected'], size: [10, 25, 50, 100] } as const

/** `?clients=a,b,c` → unique ids, at most MATRIX_MAX_CLIENTS. */
export function parseClientIds(raw: string | null): { ids: string[]; dropped: number } {
  const all = [
    ...new Set(
      (raw ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ]
  return { ids: all.slice(0, MATRIX_MAX_CLIENTS), dropped: Math.max(0, all.length - MATRIX_MAX_CLIENTS) }
}

/** The matrix's clients, from `?clients=`, each with its detail and its connections. */
export function useMatrixRows(domainId: string) {
  const [searchParams, setSearchParams] = useSearchParams()
  const { ids, dropped } = parseClientIds(searchParams.get('clients'))
  const setClients = (next: string[]) =>
    setSearchParams((params) => {
      const out = new URLSearchParams(params)
      if (next.length) out.set('clients', next.join(','))
      else out.delete('clients')
      return out
    })
  const clients = useQueries({ queries: ids.map((id) => clientQueries.detail(domainId, id)) })
  const links = useQueries({ queries: ids.map((id) => connectionQueries.clientLinks(domainId, id)) })
  const rows: MatrixRow[] = ids.map((id, i) => ({ id, client: clients[i], links: links[i] }))
  return { ids, dropped, rows, links, setClients }
}

/**
 * The matrix's channel columns, searched and paged: every channel of the domain, or only those any of the rows
 * is connected to (filtered and paged here).
 */
export function useMatrixColumns(domainId: string, rows: ReturnType<typeof useMatrixRows>) {
  const [state, setState] = useUrlState(DEFAULTS, ALLOWED)
  const params: ChannelListParams = {
    offset: (state.page - 1) * state.size,
    limit: state.size,
    name: state.q || undefined,
    status: 'all',
    order: 'name',
    dir: 'asc',
  }
  const allChannels = useQuery({ ...channelQueries.list(domainId, params), enabled: state.show === 'all' && rows.ids.length > 0 })

  const byId = new Map<string, Channel>()
  for (const link of rows.links) for (const channel of Object.values(link.data ?? {})) byId.set(channel.id, channel)
  const needle = state.q.toLowerCase()
  const connected = [...byId.values()]
    .filter((c) => !needle || (c.name ?? '').toLowerCase().includes(needle))
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.id.localeCompare(b.id))

  const showConnected = state.show === 'connected'
  const columns = showConnected
    ? connected.slice((state.page - 1) * state.size, state.page * state.size)
    : (allChannels.data?.channels ?? [])
  return {
    state,
    setState,
    showConnected,
    columns,
    total: showConnected ? connected.length : (allChannels.data?.total ?? 0),
    loading: showConnected ? rows.links.some((l) => l.isPending) : allChannels.isPending,
    allChannels,
  }
}
