import { Link } from 'react-router-dom'
import type { Channel } from '../../api/schemas/channel'
import { StatusBadge, Tags } from '../../components/ui/Badge'
import { IdCell } from '../../components/ui/IdCell'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { formatDateTime, formatRelative } from '../../lib/format'
import { ChannelClientCount } from './ChannelClientCount'
import { channelName } from './names'

const column = createColumns<Channel>()

/** The domain's channels; column ids double as the API's `order` values where sortable. */
export function channelColumns(domainId: string): DataTableColumn<Channel>[] {
  return [
    column.accessor('name', {
      header: 'Name',
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
    column.accessor('tags', {
      header: 'Tags',
      enableSorting: false,
      meta: { className: 'col-tags' },
      cell: ({ getValue }) => <Tags tags={getValue()} />,
    }),
    column.accessor('status', {
      header: 'Status',
      enableSorting: false,
      meta: { className: 'col-status' },
      cell: ({ getValue }) => <StatusBadge status={getValue()} />,
    }),
    column.display({
      id: 'clients',
      header: 'Clients',
      enableSorting: false,
      meta: { className: 'col-count' },
      cell: ({ row }) => <ChannelClientCount domainId={domainId} channelId={row.original.id} />,
    }),
    column.accessor('created_at', {
      header: 'Created',
      enableSorting: true,
      sortDescFirst: true,
      meta: { className: 'col-created' },
      cell: ({ getValue }) => (
        <time dateTime={getValue()} title={formatDateTime(getValue())}>
          {formatRelative(getValue())}
        </time>
      ),
    }),
  ]
}
