import { ListPagination } from '../../components/ui/Pagination'
import { FilterSelect } from '../../components/ui/FilterSelect'
import { SearchBox } from '../../components/ui/SearchBox'
import { SearchSelect, type SearchResult } from '../../components/ui/SearchSelect'
import { EmptyState, ErrorState } from '../../components/ui/StateViews'
import { IconUsers } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { pluralize } from '../../lib/format'
import { ConnectionMatrix } from './ConnectionMatrix'
import { searchClients } from '../../data/clients'
import { connectionKeys } from '../../data/connections'
import { clientName } from './names'
import { MATRIX_MAX_CLIENTS, useMatrixColumns, useMatrixRows } from './useMatrix'
import './connections.css'

const SHOW_OPTIONS = [
  { value: 'all', label: 'All channels' },
  { value: 'connected', label: 'Connected to these clients' },
]

/**
 * Clients × channels, with a Publish and a Subscribe toggle per cell. The clients come from the URL
 * (`?clients=id1,id2`, e.g. a selection in the clients list); the channel columns are searched and paged.
 */
export function ConnectionMatrixPage() {
  const current = useCurrentDomain()
  const domainId = current.domain.id
  const matrix = useMatrixRows(domainId)
  const { ids, dropped, setClients } = matrix
  const { state, setState, showConnected, columns, total, loading, allChannels } = useMatrixColumns(domainId, matrix)

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
            rows={matrix.rows}
            channels={columns}
            loading={loading}
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
