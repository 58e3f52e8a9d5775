import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import type { Role } from '../../api/schemas/role'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { Skeleton } from '../../components/ui/StateViews'
import { UserName } from '../../components/users/UserName'
import { clientRoleQueries } from '../../data/roles'
import { formatDateTime, formatRelative, isSetTime } from '../../lib/format'

const column = createColumns<Role>()

type Where = { domainId: string; clientId: string }

function ActionCount({ domainId, clientId, roleId }: Where & { roleId: string }) {
  const actions = useQuery(clientRoleQueries.actions(domainId, clientId, roleId))
  if (actions.isError) return <span className="muted">?</span>
  return actions.data ? <span className="cell-count">{actions.data.length}</span> : <Skeleton width={24} />
}

function MemberCount({ domainId, clientId, roleId }: Where & { roleId: string }) {
  const members = useQuery(clientRoleQueries.members(domainId, clientId, roleId, { offset: 0, limit: 1 }))
  if (members.isError) return <span className="muted">?</span>
  return members.data ? <span className="cell-count">{members.data.total}</span> : <Skeleton width={24} />
}

function When({ value }: { value: string | undefined }) {
  if (!isSetTime(value)) return <span className="muted">—</span>
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {formatRelative(value)}
    </time>
  )
}

export const rolePath = (domainId: string, clientId: string, roleId: string) =>
  `/${domainId}/clients/${clientId}/roles/${encodeURIComponent(roleId)}`

/** Name, counts (each from its own endpoint: a Role carries neither), and who changed it when. */
export function roleColumns({ domainId, clientId }: Where): DataTableColumn<Role>[] {
  return [
    column.accessor('name', {
      header: 'Name',
      meta: { className: 'col-name', phone: true },
      cell: ({ row }) => (
        <Link to={rolePath(domainId, clientId, row.original.id)} className="cell-link truncate" title={row.original.name}>
          {row.original.name}
        </Link>
      ),
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      meta: { className: 'col-count' },
      cell: ({ row }) => <ActionCount domainId={domainId} clientId={clientId} roleId={row.original.id} />,
    }),
    column.display({
      id: 'members',
      header: 'Members',
      meta: { className: 'col-count', phone: true },
      cell: ({ row }) => <MemberCount domainId={domainId} clientId={clientId} roleId={row.original.id} />,
    }),
    column.accessor('created_by', {
      header: 'Created by',
      meta: { className: 'col-user' },
      cell: ({ getValue }) => <UserName userId={getValue() ?? ''} />,
    }),
    column.accessor('created_at', {
      header: 'Created',
      meta: { className: 'col-when' },
      cell: ({ getValue }) => <When value={getValue()} />,
    }),
    column.accessor('updated_by', {
      header: 'Updated by',
      meta: { className: 'col-user' },
      cell: ({ getValue }) => <UserName userId={getValue() ?? ''} />,
    }),
    column.accessor('updated_at', {
      header: 'Updated',
      meta: { className: 'col-when' },
      cell: ({ getValue }) => <When value={getValue()} />,
    }),
  ]
}
