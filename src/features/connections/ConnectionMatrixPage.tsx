import { useQueries, useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router-dom'
import type { Channel, ChannelListParams } from '../../api/schemas/channel'
import { ListPagination } from '../../components/ui/Pagination'
import { FilterSelect } from '../../components/ui/FilterSelect'
import { SearchBox } from '../../components/ui/SearchBox'
import { SearchSelect, type SearchResult } from '../../components/ui/SearchSelect'
import { EmptyState, ErrorState } from '../../components/ui/StateViews'
import { IconUsers } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { pluralize } from '../../lib/format'
import { useUrlState } from '../../lib/url-state'
import { ConnectionMatrix, type MatrixRow } from './ConnectionMatrix'
import { channelQueries } from '../../data/channels'
import { clientQueries, searchClients } from '../../data/clients'
import { connectionKeys, connectionQueries } from '../../data/connections'
import { clientName } from './names'
import './connections.css'

/** Rows are fetched one client at a time: keep a selection to what a screen (and a URL) can hold. */
export const MATRIX_MAX_CLIENTS = 50

const DEFAULTS = { q: '', show: 'all', page: 1, size: 10 }
const ALLOWED = { show: ['all', 'connected'], size: [10, 25, 50, 100] } as const
const SHOW_OPTIONS = [
  { value: 'all', label: 'All channels' },
  { value: 'connected', label: 'Connected to these clients' },
]

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

/**
 * Clients × channels, with a Publish and a Subscribe toggle per cell. The clients come from the URL
 * (`?clients=id1,id2`, e.g. a selection in the clients list); the channel columns are searched and paged.
 */
export function ConnectionMatrixPage() {
  const current = useCurrentDomain()
  const domainId = current.domain.id
  const [searchParams, setSearchParams] = useSearchParams()
  const [state, setState] = useUrlState(DEFAULTS, ALLOWED)
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

  const params: ChannelListParams = {
    offset: (state.page - 1) * state.size,
    limit: state.size,
    name: state.q || undefined,
    status: 'all',
    order: 'name',
    dir: 'asc',
  }
  const allChannels = useQuery({ ...channelQueries.list(domainId, params), enabled: state.show === 'all' && ids.length > 0 })

  // "Connected" columns: every channel any of the rows is connected to, filtered and paged here.
  const byId = new Map<string, Channel>()
  for (const link of links) for (const channel of Object.values(link.data ?? {})) byId.set(channel.id, channel)
  const needle = state.q.toLowerCase()
  const connected = [...byId.values()]
    .filter((c) => !needle || (c.name ?? '').toLowerCase().includes(needle))
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.id.localeCompare(b.id))

  const showConnected = state.show === 'connected'
  const columns = showConnected
    ? connected.slice((state.page - 1) * state.size, state.page * state.size)
    : (allChannels.data?.channels ?? [])
  const total = showConnected ? connected.length : (allChannels.data?.total ?? 0)

  const rows: MatrixRow[] = ids.map((id, i) => ({ id, client: clients[i], links: links[i] }))

  const findClients = async (text: string, signal: AbortSignal): Promise<SearchResult> => {
    const page = await searchClients(domainId, { name: text || undefined, limit: 20, status: 'all', order: 'name', dir: 'asc' }, signal)
    return {
      total: page.total,
      options: page.clients.map((client) => ({
        value: client.id,
        label: clientName(client),
        description: client.credentials?.identity || client.id,
        disabledReason: ids.includes(client.id)
          ? 'Already in the matrix'
          : ids.length >= MATRIX_MAX_CLIENTS
            ? `The matrix holds at most ${MATRIX_MAX_CLIENTS} clients`
            : undefined,
      })),
    }
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Connection matrix</h1>
          <p className="page-subtitle">Publish (Pub) and Subscribe (Sub) for each client on each channel. Every change is saved at once.</p>
        </div>
      </div>
      <div className="toolbar matrix-toolbar">
        <div className="matrix-add">
          <SearchSelect
            label="Add a client to the matrix"
            placeholder="Add a client…"
            value={[]}
            onChange={(value) => setClients([...ids, ...value.filter((v) => !ids.includes(v))])}
            search={findClients}
            queryKey={[...connectionKeys.pickers(domainId), 'matrix-clients', ids.join(',')]}
          />
        </div>
        <div role="search" aria-label="Filter channels" className="matrix-filters">
          <SearchBox label="Search channels by name" placeholder="Filter channels…" value={state.q} onChange={(q) => setState({ q })} />
          <FilterSelect label="Channels" value={state.show} onChange={(show) => setState({ show })} options={SHOW_OPTIONS} />
        </div>
      </div>
      {dropped > 0 && (
        <p className="form-error" role="status">
          The link named {pluralize(ids.length + dropped, 'client')}; the matrix shows the first {MATRIX_MAX_CLIENTS}.
        </p>
      )}
      {ids.length === 0 ? (
        <EmptyState
          icon={<IconUsers size={22} />}
          title="No clients chosen"
          description="Add clients with the search above, or open the matrix from a client's Connections tab."
        />
      ) : allChannels.isError && !showConnected ? (
        <ErrorState error={allChannels.error} onRetry={() => allChannels.refetch()} title="Could not load the channels" />
      ) : (
        <>
          <ConnectionMatrix
            domainId={domainId}
            rows={rows}
            channels={columns}
            loading={showConnected ? links.some((l) => l.isPending) : allChannels.isPending}
            onRemoveClient={(id) => setClients(ids.filter((x) => x !== id))}
            empty={
              state.q
                ? 'No channel matches the filter.'
                : showConnected
                  ? 'These clients are not connected to any channel.'
                  : 'This domain has no channels.'
            }
          />
          <ListPagination paging={state} onChange={setState} total={total} noun={['channel', 'channels']} />
        </>
      )}
    </>
  )
}
