import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import { errorMessage } from '../../api/errors'
import { ACCESS_TYPES, type AccessType, type MembersRolePage } from '../../api/schemas/role'
import { Button, IconButton } from '../../components/ui/Button'
import { ConfirmDialog } from '../../components/ui/ConfirmDialog'
import { FilterSelect } from '../../components/ui/FilterSelect'
import { createColumns, DataTable, type DataTableColumn } from '../../components/ui/DataTable'
import { ListPagination } from '../../components/ui/Pagination'
import { EmptyState } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconPlus, IconShield, IconUsers, IconX } from '../../components/ui/icons'
import { UserName } from '../../components/users/UserName'
import { roleSource } from '../../lib/client-roles'
import { useCurrentDomain } from '../../lib/current-domain'
import { useClampPage } from '../../lib/paging'
import { useUrlState } from '../../lib/url-state'
import { tableStatus } from '../../lib/table-state'
import { AssignMemberDialog } from './AssignMemberDialog'
import { useClientPermissions } from '../../data/clients'
import { useGroupName } from '../../data/groups'
import { clientRoleQueries, useAddRoleMembers, useRemoveRoleMembers } from '../../data/roles'
import { useUserName } from '../../data/users'
import './members.css'

type Member = MembersRolePage['members'][number]
type MemberRole = Member['roles'][number]
type Removal = { userId: string; name: string; roleId: string; roleName: string }

const column = createColumns<Member>()
const rowId = (member: Member) => member.member_id ?? ''

const LIST_DEFAULTS = { role: '', access: '', page: 1, size: 10 }
const LIST_ALLOWED = { size: [10, 25, 50, 100], access: ['', ...ACCESS_TYPES] } as const

const ACCESS_OPTIONS = [
  { value: '', label: 'Anywhere' },
  { value: 'direct', label: 'On this client' },
  { value: 'direct_group', label: 'Its group' },
  { value: 'indirect_group', label: 'Groups above' },
  { value: 'domain', label: 'The domain' },
]

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

/** Everyone holding a role on the client, with their roles; assign roles and take them away. */
export function MembersTab() {
  const { domain } = useCurrentDomain()
  const { clientId = '' } = useParams()
  const toast = useToast()
  const permissions = useClientPermissions(clientId)
  const canView = permissions.can('view_role_users')
  const [state, setState] = useUrlState(LIST_DEFAULTS, LIST_ALLOWED)
  const params = {
    offset: (state.page - 1) * state.size,
    limit: state.size,
    ...(state.role ? { role_id: state.role } : {}),
    // Only the listed values reach the state (LIST_ALLOWED).
    ...(state.access ? { access_type: state.access as AccessType } : {}),
  }
  const members = useQuery({ ...clientRoleQueries.entityMembers(domain.id, clientId, params), enabled: canView })
  const roles = useQuery({ ...clientRoleQueries.list(domain.id, clientId), enabled: canView })
  const assign = useAddRoleMembers(clientId)
  const remove = useRemoveRoleMembers(clientId)
  const [assigning, setAssigning] = useState(false)
  const [removal, setRemoval] = useState<Removal | null>(null)
  const total = members.data?.total ?? 0

  useClampPage(state, total, members.isSuccess && !members.isPlaceholderData, setState)

  const removeReason = permissions.reason('remove_role_users', 'remove members from roles')
  const assignReason = permissions.reason('add_role_users', 'assign roles to members')

  const columns = useMemo<DataTableColumn<Member>[]>(
    () => [
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
                  href={`/${domain.id}/clients/${clientId}/roles/${encodeURIComponent(role.role_id)}`}
                  removeReason={removeReason}
                  onRemove={setRemoval}
                />
              ) : (
                <InheritedRoleChip key={`${role.role_id}:${role.access_provider_id ?? ''}`} role={role} />
              ),
            )}
          </ul>
        ),
      }),
    ],
    [domain.id, clientId, removeReason],
  )

  return (
    <section className="members-tab" aria-labelledby="members-title">
      <div className="page-header">
        <div>
          <h2 id="members-title" className="tab-title">
            Members
          </h2>
          <p className="page-subtitle">
            People who hold a role on this client, or one of its groups or the domain that reaches it. Only roles on the client are changed
            here.
          </p>
        </div>
        <Button variant="primary" icon={<IconPlus />} disabledReason={assignReason} onClick={() => setAssigning(true)}>
          Assign member
        </Button>
      </div>
      {!canView && permissions.loaded ? (
        <EmptyState
          icon={<IconShield size={22} />}
          title="You cannot see this client's members"
          description={permissions.reason('view_role_users', 'see who holds roles on this client')}
        />
      ) : (
        <>
          <div className="toolbar" role="search" aria-label="Filter members">
            <FilterSelect
              label="Role"
              value={state.role}
              onChange={(role) => setState({ role })}
              options={[{ value: '', label: 'All roles' }, ...(roles.data ?? []).map((role) => ({ value: role.id, label: role.name }))]}
            />
            <FilterSelect label="Role held on" value={state.access} onChange={(access) => setState({ access })} options={ACCESS_OPTIONS} />
          </div>
          <DataTable
            label="Members"
            columns={columns}
            rows={members.data?.members}
            getRowId={rowId}
            {...tableStatus(members)}
            skeletonRows={4}
            empty={
              state.role || state.access ? (
                <EmptyState
                  title="Nobody matches"
                  description="Nobody holds such a role that reaches this client."
                  action={<Button onClick={() => setState({ role: '', access: '' })}>Show everyone</Button>}
                />
              ) : (
                <EmptyState
                  icon={<IconUsers size={22} />}
                  title="No members yet"
                  description="Assign a role to give people actions on this client."
                  action={
                    <Button variant="primary" icon={<IconPlus />} disabledReason={assignReason} onClick={() => setAssigning(true)}>
                      Assign member
                    </Button>
                  }
                />
              )
            }
          />
          <ListPagination paging={state} onChange={setState} total={total} noun={['member', 'members']} />
        </>
      )}
      <AssignMemberDialog
        clientId={clientId}
        open={assigning}
        onOpenChange={setAssigning}
        roles={roles.data}
        onSubmit={async ({ role, members: ids }) => {
          await assign.mutateAsync({ roleId: role.id, members: ids })
          toast({ tone: 'success', title: `Assigned “${role.name}” to ${ids.length === 1 ? '1 member' : `${ids.length} members`}` })
        }}
      />
      <ConfirmDialog
        open={removal !== null}
        onOpenChange={(open) => {
          if (!open) {
            setRemoval(null)
            remove.reset()
          }
        }}
        title="Remove from role?"
        description={
          removal && (
            <>
              <strong>{removal.name}</strong> loses the actions <strong>{removal.roleName}</strong> grants on this client.
            </>
          )
        }
        confirmLabel="Remove"
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={() => {
          if (!removal) return
          remove.mutate(
            { roleId: removal.roleId, members: [removal.userId] },
            {
              onSuccess: () => {
                setRemoval(null)
                toast({ tone: 'success', title: `Removed ${removal.name} from “${removal.roleName}”` })
              },
            },
          )
        }}
      />
    </section>
  )
}
