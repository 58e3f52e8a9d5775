import type { RowData } from '@tanstack/react-table'
import type { ConnectionType } from '../../api/schemas/channel'
import { Button } from '../../components/ui/Button'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { fieldColumn } from '../../components/ui/table-columns'
import { ConnectionTypeBadges } from './ConnectionTypeBadges'

// The columns both sides of a connection list share: a client's channels and a channel's clients.

export const connectionTypesColumn = <TData extends { connection_types?: ConnectionType[] }>() =>
  fieldColumn<TData, 'connection_types'>('connection_types', {
    header: 'Connection types',
    className: 'col-types',
    phone: true,
    cell: (types) => <ConnectionTypeBadges types={types} />,
  })

export type DisconnectOptions<TData> = {
  /** The row's display name, for the button's accessible name ('Disconnect Boiler 7'). */
  name: (row: TData) => string
  onDisconnect: (row: TData) => void
  /** Why the user may not disconnect this row, or null. */
  disconnectReason: (row: TData) => string | null
}

export function disconnectColumn<TData extends RowData>({
  name,
  onDisconnect,
  disconnectReason,
}: DisconnectOptions<TData>): DataTableColumn<TData> {
  return createColumns<TData>().display({
    id: 'actions',
    header: '',
    enableSorting: false,
    meta: { className: 'col-actions', label: 'Actions', phone: true },
    cell: ({ row }) => (
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Disconnect ${name(row.original)}`}
        disabledReason={disconnectReason(row.original)}
        onClick={() => onDisconnect(row.original)}
      >
        Disconnect
      </Button>
    ),
  })
}
