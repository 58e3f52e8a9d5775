import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import type { Channel } from '../../api/schemas/channel'
import { Button } from '../../components/ui/Button'
import { DataTable } from '../../components/ui/DataTable'
import { FilterSelect } from '../../components/ui/FilterSelect'
import { IconLink, IconPlus } from '../../components/ui/icons'
import { ListPagination } from '../../components/ui/Pagination'
import { SearchBox } from '../../components/ui/SearchBox'
import { EmptyState } from '../../components/ui/StateViews'
import { useCurrentDomain } from '../../lib/current-domain'
import { entityPermissions } from '../../lib/permissions'
import { tableSort, tableStatus } from '../../lib/table-state'
import { clientChannelColumns } from './client-channels-columns'
import { ClientCommandsDialog } from './ClientCommandsDialog'
import { ConnectChannelsDialog } from './ConnectChannelsDialog'
import { DisconnectDialog, type DisconnectTarget } from './DisconnectDialog'
import { channelName, clientName } from './names'
import { useClientChannelList } from './useClientChannelList'
import { clientQueries } from '../../data/clients'
import './connections.css'

const TYPE_OPTIONS = [
  { value: 'all', label: 'All' },
  { value: 'publish', label: 'Publish' },
  { value: 'subscribe', label: 'Subscribe' },
]

const rowId = (channel: Channel) => channel.id

const DISABLED_CLIENT = 'This client is disabled: Magistrala only connects enabled clients'

/** The client page's Connections tab: the channels the client is connected to, and the ways to change them. */
export function ClientConnectionsTab() {
  const current = useCurrentDomain()
  const domainId = current.domain.id
  const { clientId = '' } = useParams()
  const { state, setState, list, total, filtered, clearFilters } = useClientChannelList(domainId, clientId)
  const [connecting, setConnecting] = useState(false)
  const [disconnecting, setDisconnecting] = useState<DisconnectTarget | null>(null)
  const [commandsFor, setCommandsFor] = useState<Channel | null>(null)
  const client = useQuery(clientQueries.detail(domainId, clientId))
  const clientPermissions = entityPermissions(current, 'client', client.data)
  const manageReason = client.data
    ? clientPermissions.reason('connect_to_channel', 'connect or disconnect this client')
    : 'Loading the client…'
  const connectReason = manageReason ?? (client.data && client.data.status !== 'enabled' ? DISABLED_CLIENT : null)

  const columns = useMemo(
    () =>
      clientChannelColumns({
        domainId,
        onShowCommands: setCommandsFor,
        disconnectReason: (channel) =>
          manageReason ??
          entityPermissions(current, 'channel', channel).reason('connect_to_client', 'disconnect clients from this channel'),
        onDisconnect: (channel) =>
          setDisconnecting({
            client: { id: clientId, name: client.data ? clientName(client.data) : clientId },
            channel: { id: channel.id, name: channelName(channel) },
            types: channel.connection_types ?? [],
          }),
      }),
    [domainId, clientId, client.data, current, manageReason],
  )

  return (
    <section aria-labelledby="connections-title">
      <div className="conn-section-header">
        <div>
          <h2 id="connections-title" className="conn-section-title">
            Connections
          </h2>
          <p className="muted">Channels this client publishes on or subscribes to.</p>
        </div>
        <div className="page-actions">
          <Link className="btn btn-secondary btn-md" to={`/${domainId}/connections/matrix?clients=${encodeURIComponent(clientId)}`}>
            <IconLink /> Matrix view
          </Link>
          <Button variant="primary" icon={<IconPlus />} disabledReason={connectReason} onClick={() => setConnecting(true)}>
            Connect
          </Button>
        </div>
      </div>
      <div className="toolbar" role="search" aria-label="Filter connections">
        <SearchBox
          label="Search connected channels by name"
          placeholder="Search channels…"
          value={state.q}
          onChange={(q) => setState({ q })}
        />
        <FilterSelect label="Type" value={state.type} onChange={(type) => setState({ type })} options={TYPE_OPTIONS} />
        {filtered && (
          <Button variant="ghost" size="sm" onClick={clearFilters}>
            Clear filters
          </Button>
        )}
      </div>
      <DataTable
        label="Connected channels"
        columns={columns}
        rows={list.data?.channels}
        getRowId={rowId}
        {...tableSort(state, setState)}
        {...tableStatus(list)}
        skeletonRows={4}
        empty={
          filtered ? (
            <EmptyState
              title="No connections match"
              description="Try another name or type, or clear the filters."
              action={<Button onClick={clearFilters}>Clear filters</Button>}
            />
          ) : (
            <EmptyState
              icon={<IconLink size={22} />}
              title="Not connected to any channel"
              description="Connect the client to channels so it can publish or subscribe."
              action={
                <Button variant="primary" icon={<IconPlus />} disabledReason={connectReason} onClick={() => setConnecting(true)}>
                  Connect to channels
                </Button>
              }
            />
          )
        }
      />
      <ListPagination paging={state} onChange={setState} total={total} noun={['connection', 'connections']} />
      {connecting && client.data && <ConnectChannelsDialog client={client.data} onClose={() => setConnecting(false)} />}
      {disconnecting && <DisconnectDialog target={disconnecting} onClose={() => setDisconnecting(null)} />}
      {commandsFor && client.data && (
        <ClientCommandsDialog domainId={domainId} client={client.data} channel={commandsFor} onClose={() => setCommandsFor(null)} />
      )}
    </section>
  )
}
