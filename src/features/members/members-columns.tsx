import { Link } from 'react-router-dom'
import type { MembersRolePage } from '../../api/schemas/role'
import { IconButton } from '../../components/ui/Button'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { IconX } from '../../components/ui/icons'
import { UserName } from '../../components/users/UserName'
import { useGroupName } from '../../data/groups'
import { useUserName } from '../../data/users'
import { roleSource } from '../../lib/client-roles'
import { useCurrentDomain } from '../../lib/current-domain'

export type Member = MembersRolePage['members'][number]
type MemberRole = Member['roles'][number]
/** A client role to take from someone, with the names the confirmation shows. */
export type Removal = { userId: string; name: string; roleId: string; roleName: string }

const column = createColumns<Member>()

type RoleChipProps = {
  userId: string
  role: MemberRole
  href: string
  removeReason: string | null
  onRemove: (removal: Removal) => void
}

/** A role on the client: a link to the role, and a cross that takes it away. */
function ClientRoleChip({ userId, role, href, removeReason, onRemove }: RoleChipProps) {
  const name = useUserName(userId, 'this member')
  return (
    <li className="role-chip">
      <Link to={href} className="truncate" title={role.role_name}>
        {role.role_name}
      </Link>
      <IconButton
        label={`Remove ${name} from ${role.role_name}`}
        icon={<IconX size={12} />}
        disabledReason={removeReason}
        onClick={() => onRemove({ userId, name, roleId: role.role_id, roleName: role.role_name })}
      />
    </li>
  )
}

/** Where an inherited role lives, in words: "group Cold Room", "a group above (Logistics)", "the domain". */
function InheritedFrom({ role }: { role: MemberRole }) {
  const { domain } = useCurrentDomain()
  const source = roleSource(role)
  const groupId = source.kind === 'group' ? source.groupId : ''
  const groupName = useGroupName(domain.id, groupId, 'a group')
  if (source.kind === 'domain') return <>the domain</>
  if (source.kind === 'group') return source.parent ? <>group {groupName}</> : <>{groupName}, a group above</>
  return null
}

/**
 * A role held on the client's group or domain: it reaches the client but lives elsewhere, so it is
 * neither a link to a client role nor removable here.
 */
function InheritedRoleChip({ role }: { role: MemberRole }) {
  return (
    <li className="role-chip role-chip-inherited">
      <span>
        {role.role_name}{' '}
        <span className="role-chip-source">
          (inherited from <InheritedFrom role={role} />)
        </span>
      </span>
    </li>
  )
}

/** The members table: who, and each role they hold (client roles as links with a cross; inherited ones as text). */
export function memberColumns(domainId: string, clientId: string, removeReason: string | null, onRemove: (removal: Removal) => void) {
  return [
    column.accessor('member_id', {
      header: 'Member',
      meta: { className: 'col-user' },
      cell: ({ getValue }) => <UserName userId={getValue() ?? ''} />,
    }),
    column.accessor('roles', {
      header: 'Roles',
      cell: ({ row }) => (
        <ul className="role-chips" aria-label="Roles">
          {row.original.roles.map((role) =>
            roleSource(role).kind === 'client' ? (
              <ClientRoleChip
                key={role.role_id}
                userId={row.original.member_id ?? ''}
                role={role}
                href={`/${domainId}/clients/${clientId}/roles/${encodeURIComponent(role.role_id)}`}
                removeReason={removeReason}
                onRemove={onRemove}
              />
            ) : (
              <InheritedRoleChip key={`${role.role_id}:${role.access_provider_id ?? ''}`} role={role} />
            ),
          )}
        </ul>
      ),
    }),
  ] as DataTableColumn<Member>[]
}
