import type { Channel } from '../../api/schemas/channel'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { createdColumn, idColumn, nameLinkColumn, statusColumn, tagsColumn } from '../../components/ui/table-columns'
import { ChannelClientCount } from './ChannelClientCount'
import { channelName } from './names'

const column = createColumns<Channel>()

/** The domain's channels; column ids double as the API's `order` values where sortable. */
export function channelColumns(domainId: string): DataTableColumn<Channel>[] {
  return [
    nameLinkColumn<Channel>({ name: channelName, href: (channel) => `/${domainId}/channels/${channel.id}` }),
    idColumn<Channel>('Copy channel ID'),
    tagsColumn<Channel>(),
    statusColumn<Channel>(),
    column.display({
      id: 'clients',
      header: 'Clients',
      enableSorting: false,
      meta: { className: 'col-count' },
      cell: ({ row }) => <ChannelClientCount domainId={domainId} channelId={row.original.id} />,
    }),
    createdColumn<Channel>(),
  ]
}
