import { useMemo, useState } from 'react'
import { useParams } from 'react-router-dom'
import { Button } from '../../components/ui/Button'
import { ConfirmMutation } from '../../components/ui/ConfirmMutation'
import { FilterSelect } from '../../components/ui/FilterSelect'
import { DataTable } from '../../components/ui/DataTable'
import { ListPagination } from '../../components/ui/Pagination'
import { EmptyState } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconPlus, IconShield, IconUsers } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { tableStatus } from '../../lib/table-state'
import { AssignMemberDialog } from './AssignMemberDialog'
import { memberColumns, type Member, type Removal } from './members-columns'
import { ACCESS_OPTIONS, useMemberList } from './useMemberList'
import { useClientPermissions } from '../../data/clients'
import { useAddRoleMembers, useRemoveRoleMembers } from '../../data/roles'
import './members.css'

const rowId = (member: Member) => member.member_id ?? ''

/** Everyone holding a role on the client, with their roles; assign roles and take them away. */
export function MembersTab() {
  const { domain } = useCurrentDomain()
  const { clientId = '' } = useParams()
  const toast = useToast()
  const permissions = useClientPermissions(clientId)
  const canView = permissions.can('view_role_users')
  const { state, setState, members, roles, total } = useMemberList(domain.id, clientId, canView)
  const assign = useAddRoleMembers(clientId)
  const remove = useRemoveRoleMembers(clientId)
  const [assigning, setAssigning] = useState(false)
  const [removal, setRemoval] = useState<Removal | null>(null)

  const removeReason = permissions.reason('remove_role_users', 'remove members from roles')
  const assignReason = permissions.reason('add_role_users', 'assign roles to members')

  const columns = useMemo(() => memberColumns(domain.id, clientId, removeReason, setRemoval), [domain.id, clientId, removeReason])

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
      <ConfirmMutation
        open={removal !== null}
        onClose={() => setRemoval(null)}
        mutation={remove}
        variables={{ roleId: removal?.roleId ?? '', members: removal ? [removal.userId] : [] }}
        title="Remove from role?"
        description={
          removal && (
            <>
              <strong>{removal.name}</strong> loses the actions <strong>{removal.roleName}</strong> grants on this client.
            </>
          )
        }
        confirmLabel="Remove"
        success={removal ? `Removed ${removal.name} from “${removal.roleName}”` : ''}
      />
    </section>
  )
}
