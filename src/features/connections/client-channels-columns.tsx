import { Link } from 'react-router-dom'
import type { Channel } from '../../api/schemas/channel'
import { StatusBadge } from '../../components/ui/Badge'
import { Button } from '../../components/ui/Button'
import { IdCell } from '../../components/ui/IdCell'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { ConnectionTypeBadges } from './ConnectionTypeBadges'
import { channelName, metadataSummary } from './names'

const column = createColumns<Channel>()

type Options = {
  domainId: string
  onDisconnect: (channel: Channel) => void
  /** Why the user may not disconnect this row, or null. */
  disconnectReason: (channel: Channel) => string | null
}

/** The channels one client is connected to; column ids double as the API's `order` values where sortable. */
export function clientChannelColumns({ domainId, onDisconnect, disconnectReason }: Options): DataTableColumn<Channel>[] {
  return [
    column.accessor('name', {
      header: 'Channel',
      enableSorting: true,
      meta: { className: 'col-name' },
      cell: ({ row }) => (
        <Link to={`/${domainId}/channels/${row.original.id}`} className="cell-link truncate" title={channelName(row.original)}>
          {channelName(row.original)}
        </Link>
      ),
    }),
    column.accessor('id', {
      header: 'ID',
      enableSorting: false,
      meta: { className: 'col-id' },
      cell: ({ getValue }) => <IdCell id={getValue()} copyLabel="Copy channel ID" />,
    }),
    column.accessor('connection_types', {
      header: 'Connection types',
      enableSorting: false,
      meta: { className: 'col-types' },
      cell: ({ getValue }) => <ConnectionTypeBadges types={getValue()} />,
    }),
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
    column.accessor('status', {
      header: 'Status',
      enableSorting: false,
      meta: { className: 'col-status' },
      cell: ({ getValue }) => <StatusBadge status={getValue()} />,
    }),
    column.display({
      id: 'actions',
      header: '',
      enableSorting: false,
      meta: { className: 'col-actions', label: 'Actions' },
      cell: ({ row }) => (
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Disconnect ${channelName(row.original)}`}
          disabledReason={disconnectReason(row.original)}
          onClick={() => onDisconnect(row.original)}
        >
          Disconnect
        </Button>
      ),
    }),
  ]
}
