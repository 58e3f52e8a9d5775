import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button } from '../../components/ui/Button'
import { ConfirmMutation } from '../../components/ui/ConfirmMutation'
import { DataTable } from '../../components/ui/DataTable'
import { ListPagination } from '../../components/ui/Pagination'
import { EmptyState } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconPlus, IconTrash, IconUsers } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { useClampPage } from '../../lib/paging'
import { useUrlState } from '../../lib/url-state'
import { tableStatus } from '../../lib/table-state'
import { AddMembersDialog } from './AddMembersDialog'
import { clientRoleQueries, useAddRoleMembers, useRemoveAllRoleMembers } from '../../data/roles'
import { useRoleMemberColumns, type RoleMemberRow } from './role-members-columns'

const rowId = (row: RoleMemberRow) => row.userId

const PAGE_DEFAULTS = { page: 1, size: 10 }
const PAGE_ALLOWED = { size: [10, 25, 50, 100] } as const

type RoleMembersCardProps = {
  clientId: string
  roleId: string
  roleName: string
  addReason: string | null
  removeReason: string | null
}

/** Who holds a role (paged on the server): add members, remove one, or delete them all. */
export function RoleMembersCard({ clientId, roleId, roleName, addReason, removeReason }: RoleMembersCardProps) {
  const { domain } = useCurrentDomain()
  const toast = useToast()
  const [page, setPage] = useUrlState(PAGE_DEFAULTS, PAGE_ALLOWED)
  const members = useQuery(
    clientRoleQueries.members(domain.id, clientId, roleId, { offset: (page.page - 1) * page.size, limit: page.size }),
  )
  const [adding, setAdding] = useState(false)
  const add = useAddRoleMembers(clientId)
  const removeAll = useRemoveAllRoleMembers(clientId, roleId)
  const [confirmAll, setConfirmAll] = useState(false)
  const total = members.data?.total ?? 0

  useClampPage(page, total, members.isSuccess && !members.isPlaceholderData, setPage)

  const columns = useRoleMemberColumns({ clientId, roleId, roleName, removeReason })

  const deleteAllReason = removeReason ?? (members.isSuccess && total === 0 ? 'This role has no members' : null)

  return (
    <section className="card role-card" aria-labelledby="role-members-title">
      <div className="card-header">
        <h3 id="role-members-title" className="card-title">
          Role members
        </h3>
        <div className="card-actions">
          <Button size="sm" icon={<IconPlus />} disabledReason={addReason} onClick={() => setAdding(true)}>
            Add members
          </Button>
          <Button size="sm" variant="danger" icon={<IconTrash />} disabledReason={deleteAllReason} onClick={() => setConfirmAll(true)}>
            Delete All Members
          </Button>
        </div>
      </div>
      <DataTable
        label="Role members"
        columns={columns}
        rows={members.data?.members.map((userId) => ({ userId }))}
        getRowId={rowId}
        {...tableStatus(members)}
        skeletonRows={3}
        empty={
          <EmptyState
            icon={<IconUsers size={22} />}
            title="No members"
            description={`Nobody holds “${roleName}” yet.`}
            action={
              <Button icon={<IconPlus />} disabledReason={addReason} onClick={() => setAdding(true)}>
                Add members
              </Button>
            }
          />
        }
      />
      <ListPagination paging={page} onChange={setPage} total={total} noun={['member', 'members']} />
      <AddMembersDialog
        clientId={clientId}
        roleId={roleId}
        open={adding}
        onOpenChange={setAdding}
        roleName={roleName}
        onSubmit={async (ids) => {
          await add.mutateAsync({ roleId, members: ids })
          toast({ tone: 'success', title: `Added ${ids.length === 1 ? '1 member' : `${ids.length} members`} to “${roleName}”` })
        }}
      />
      <ConfirmMutation
        alert
        open={confirmAll}
        onClose={() => setConfirmAll(false)}
        mutation={removeAll}
        variables={undefined}
        title="Delete all members?"
        description={
          <>
            {total === 1 ? 'The one member' : `All ${total.toLocaleString()} members`} of <strong>{roleName}</strong>{' '}
            {total === 1 ? 'loses' : 'lose'} the actions it grants on this client. The role itself stays.
          </>
        }
        confirmLabel="Delete all members"
        success={`Removed every member from “${roleName}”`}
      />
    </section>
  )
}
