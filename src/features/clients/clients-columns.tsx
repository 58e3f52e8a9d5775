import { Link } from 'react-router-dom'
import type { Client } from '../../api/schemas/client'
import { StatusBadge, Tags } from '../../components/ui/Badge'
import { CopyButton } from '../../components/ui/CopyButton'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { IconKey, IconShield } from '../../components/ui/icons'
import { formatDateTime, formatRelative, shortId } from '../../lib/format'
import { authMethodOf } from './auth-method'

const column = createColumns<Client>()

export const clientName = (client: Pick<Client, 'name' | 'id'>) => client.name || 'Unnamed client'

/** Column ids double as the API's `order` values where sortable. */
export function clientColumns(domainId: string): DataTableColumn<Client>[] {
  return [
    column.accessor('name', {
      header: 'Name',
      enableSorting: true,
      meta: { className: 'col-name' },
      cell: ({ row }) => (
        <Link to={`/${domainId}/clients/${row.original.id}`} className="cell-link truncate" title={clientName(row.original)}>
          {clientName(row.original)}
        </Link>
      ),
    }),
    column.accessor('id', {
      header: 'ID',
      enableSorting: false,
      meta: { className: 'col-id' },
      cell: ({ getValue }) => (
        <span className="cell-id">
          <code title={getValue()}>{shortId(getValue())}</code>
          <CopyButton value={getValue()} label="Copy client ID" />
        </span>
      ),
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
      id: 'auth',
      header: 'Authentication',
      enableSorting: false,
      meta: { className: 'col-auth' },
      cell: ({ row }) => {
        const method = authMethodOf(row.original)
        return (
          <span className="cell-auth">
            {method === 'Certificate' ? <IconShield size={14} /> : <IconKey size={14} />}
            {method}
          </span>
        )
      },
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
