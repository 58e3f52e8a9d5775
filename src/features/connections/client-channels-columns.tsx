import type { Channel } from '../../api/schemas/channel'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { idColumn, nameLinkColumn, statusColumn } from '../../components/ui/table-columns'
import { connectionTypesColumn, disconnectColumn, type DisconnectOptions } from './connection-columns'
import { channelName, metadataSummary } from './names'

const column = createColumns<Channel>()

type Options = { domainId: string } & Omit<DisconnectOptions<Channel>, 'name'>

/** The channels one client is connected to; column ids double as the API's `order` values where sortable. */
export function clientChannelColumns({ domainId, onDisconnect, disconnectReason }: Options): DataTableColumn<Channel>[] {
  return [
    nameLinkColumn<Channel>({
      header: 'Channel',
      name: channelName,
      href: (channel) => `/${domainId}/channels/${channel.id}`,
    }),
    idColumn<Channel>('Copy channel ID'),
    connectionTypesColumn<Channel>(),
    column.accessor('route', {
      header: 'Route',
      enableSorting: false,
      meta: { className: 'col-route' },
      cell: ({ getValue }) =>
        getValue() ? (
          <code className="truncate conn-route" title={getValue()}>
            {getValue()}
          </code>
        ) : (
          <span className="muted">—</span>
        ),
    }),
    column.accessor('metadata', {
      header: 'Metadata',
      enableSorting: false,
      meta: { className: 'col-metadata' },
      cell: ({ getValue }) => {
        const text = metadataSummary(getValue())
        return text ? (
          <span className="truncate conn-metadata" title={text}>
            {text}
          </span>
        ) : (
          <span className="muted">—</span>
        )
      },
    }),
    statusColumn<Channel>(),
    disconnectColumn<Channel>({ name: channelName, onDisconnect, disconnectReason }),
  ]
}
