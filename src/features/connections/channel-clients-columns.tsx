import { Link } from 'react-router-dom'
import type { Client } from '../../api/schemas/client'
import { StatusBadge } from '../../components/ui/Badge'
import { Button } from '../../components/ui/Button'
import { IdCell } from '../../components/ui/IdCell'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { ConnectionTypeBadges } from './ConnectionTypeBadges'
import { clientName } from './names'

const column = createColumns<Client>()

type Options = {
  domainId: string
  onDisconnect: (client: Client) => void
  disconnectReason: (client: Client) => string | null
}

/** The clients connected to one channel; a name opens that client's connections. */
export function channelClientColumns({ domainId, onDisconnect, disconnectReason }: Options): DataTableColumn<Client>[] {
  return [
    column.accessor('name', {
      header: 'Client',
      enableSorting: true,
      meta: { className: 'col-name' },
      cell: ({ row }) => (
        <Link to={`/${domainId}/clients/${row.original.id}/connections`} className="cell-link truncate" title={clientName(row.original)}>
          {clientName(row.original)}
        </Link>
      ),
    }),
    column.accessor('id', {
      header: 'ID',
      enableSorting: false,
      meta: { className: 'col-id' },
      cell: ({ getValue }) => <IdCell id={getValue()} copyLabel="Copy client ID" />,
    }),
    column.accessor('connection_types', {
      header: 'Connection types',
      enableSorting: false,
      meta: { className: 'col-types' },
      cell: ({ getValue }) => <ConnectionTypeBadges types={getValue()} />,
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
          aria-label={`Disconnect ${clientName(row.original)}`}
          disabledReason={disconnectReason(row.original)}
          onClick={() => onDisconnect(row.original)}
        >
          Disconnect
        </Button>
      ),
    }),
  ]
}
