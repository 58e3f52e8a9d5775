import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { Channel } from '../../api/schemas/channel'
import type { Client, ClientListParams } from '../../api/schemas/client'
import { Button } from '../../components/ui/Button'
import { DataTable } from '../../components/ui/DataTable'
import { IconPlus, IconUsers } from '../../components/ui/icons'
import { ListPagination } from '../../components/ui/Pagination'
import { SearchBox } from '../../components/ui/SearchBox'
import { EmptyState } from '../../components/ui/StateViews'
import { useCurrentDomain } from '../../lib/current-domain'
import { entityPermissions } from '../../lib/permissions'
import { useClampPage } from '../../lib/paging'
import { useUrlState } from '../../lib/url-state'
import { tableSort, tableStatus } from '../../lib/table-state'
import { channelClientColumns } from './channel-clients-columns'
import { ConnectClientsDialog } from './ConnectClientsDialog'
import { DisconnectDialog, type DisconnectTarget } from './DisconnectDialog'
import { connectionQueries } from '../../data/connections'
import { LIST_ALLOWED, LIST_DEFAULTS } from './list-state'
import { channelName, clientName } from './names'

const rowId = (client: Client) => client.id

/** The clients connected to a channel (`GET /clients?channel=`), with connect and disconnect. */
export function ChannelClients({ channel }: { channel: Channel }) {
  const current = useCurrentDomain()
  const domainId = current.domain.id
  const [state, setState] = useUrlState(LIST_DEFAULTS, LIST_ALLOWED)
  const [connecting, setConnecting] = useState(false)
  const [disconnecting, setDisconnecting] = useState<DisconnectTarget | null>(null)
  const params: ClientListParams = {
    offset: (state.page - 1) * state.size,
    limit: state.size,
    name: state.q || undefined,
    status: 'all',
    order: state.sort as ClientListParams['order'],
    dir: state.dir as ClientListParams['dir'],
  }
  const list = useQuery(connectionQueries.channelClients(domainId, channel.id, params))
  const total = list.data?.total ?? 0

  useClampPage(state, total, list.isSuccess && !list.isPlaceholderData, setState)

  const manageReason = entityPermissions(current, 'channel', channel).reason('connect_to_client', 'connect clients to this channel')
  const connectReason =
    manageReason ?? (channel.status !== 'enabled' ? 'This channel is disabled: Magistrala only connects enabled channels' : null)
  const columns = useMemo(
    () =>
      channelClientColumns({
        domainId,
        disconnectReason: (client) =>
          manageReason ?? entityPermissions(current, 'client', client).reason('connect_to_channel', 'disconnect this client'),
        onDisconnect: (client) =>
          setDisconnecting({
            client: { id: client.id, name: clientName(client) },
            channel: { id: channel.id, name: channelName(channel) },
            types: client.connection_types ?? [],
            route: 'channel',
          }),
      }),
    [domainId, channel, current, manageReason],
  )

  return (
    <section className="conn-clients" aria-labelledby="channel-clients-title">
      <div className="conn-section-header">
        <div>
          <h2 id="channel-clients-title" className="conn-section-title">
            Connected clients
          </h2>
          <p className="muted">Clients that publish on this channel or subscribe to it.</p>
        </div>
        <Button variant="primary" icon={<IconPlus />} disabledReason={connectReason} onClick={() => setConnecting(true)}>
          Connect clients
        </Button>
      </div>
      <div className="toolbar" role="search" aria-label="Filter connected clients">
        <SearchBox
          label="Search connected clients by name"
          placeholder="Search clients…"
          value={state.q}
          onChange={(q) => setState({ q })}
        />
      </div>
      <DataTable
        label="Connected clients"
        columns={columns}
        rows={list.data?.clients}
        getRowId={rowId}
        {...tableSort(state, setState)}
        {...tableStatus(list)}
        skeletonRows={4}
        empty={
          state.q ? (
            <EmptyState title="No connected client matches" action={<Button onClick={() => setState({ q: '' })}>Clear search</Button>} />
          ) : (
            <EmptyState
              icon={<IconUsers size={22} />}
              title="No clients connected"
              description="Connect clients so they can publish or subscribe here."
            />
          )
        }
      />
      <ListPagination paging={state} onChange={setState} total={total} noun={['client', 'clients']} />
      {connecting && <ConnectClientsDialog channel={channel} onClose={() => setConnecting(false)} />}
      {disconnecting && <DisconnectDialog target={disconnecting} onClose={() => setDisconnecting(null)} />}
    </section>
  )
}
