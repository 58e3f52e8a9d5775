import type { Channel } from '../../api/schemas/channel'
import { Button } from '../../components/ui/Button'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { idColumn, nameLinkColumn, statusColumn } from '../../components/ui/table-columns'
import { connectionTypesColumn, disconnectColumn, type DisconnectOptions } from './connection-columns'
import { channelName, metadataSummary } from './names'

const column = createColumns<Channel>()

type Options = { domainId: string; onShowCommands: (channel: Channel) => void } & Omit<DisconnectOptions<Channel>, 'name'>

/** The channels one client is connected to; column ids double as the API's `order` values where sortable. */
export function clientChannelColumns({ domainId, onDisconnect, disconnectReason, onShowCommands }: Options): DataTableColumn<Channel>[] {
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
    statusColumn<Channel>({ phone: false }),
    column.display({
      id: 'commands',
      header: '',
      enableSorting: false,
      meta: { className: 'col-actions', label: 'Connect commands', phone: true },
      cell: ({ row }) => (
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Commands for ${channelName(row.original)}`}
          onClick={() => onShowCommands(row.original)}
        >
          Commands
        </Button>
      ),
    }),
    disconnectColumn<Channel>({ name: channelName, onDisconnect, disconnectReason }),
  ]
}
