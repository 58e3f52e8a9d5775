import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { errorMessage } from '../../api/errors'
import { Button, IconButton } from '../../components/ui/Button'
import { ConfirmMutation } from '../../components/ui/ConfirmMutation'
import { createColumns, DataTable, type DataTableColumn } from '../../components/ui/DataTable'
import { ListPagination } from '../../components/ui/Pagination'
import { EmptyState } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconPlus, IconTrash, IconUsers } from '../../components/ui/icons'
import { UserName } from '../../components/users/UserName'
import { useCurrentDomain } from '../../lib/current-domain'
import { useClampPage } from '../../lib/paging'
import { useUrlState } from '../../lib/url-state'
import { tableStatus } from '../../lib/table-state'
import { AddMembersDialog } from './AddMembersDialog'
import { clientRoleQueries, useAddRoleMembers, useRemoveAllRoleMembers, useRemoveRoleMembers } from '../../data/roles'
import { useUserName } from '../../data/users'

type Row = { userId: string }
const column = createColumns<Row>()
const rowId = (row: Row) => row.userId

const PAGE_DEFAULTS = { page: 1, size: 10 }
const PAGE_ALLOWED = { size: [10, 25, 50, 100] } as const

type RemoveMemberButtonProps = { userId: string; reason: string | null; busy: boolean; onRemove: (name: string) => void }

/** The trash icon of one member, named after them ("Remove Jane Doe from this role"). */
function RemoveMemberButton({ userId, reason, busy, onRemove }: RemoveMemberButtonProps) {
  const name = useUserName(userId, 'this member')
  return (
    <IconButton
      label={`Remove ${name} from this role`}
      icon={<IconTrash />}
      disabledReason={reason}
      loading={busy}
      onClick={() => onRemove(name)}
    />
  )
}

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
  const remove = useRemoveRoleMembers(clientId)
  const removeAll = useRemoveAllRoleMembers(clientId, roleId)
  const [confirmAll, setConfirmAll] = useState(false)
  const total = members.data?.total ?? 0

  useClampPage(page, total, members.isSuccess && !members.isPlaceholderData, setPage)

  const columns = useMemo<DataTableColumn<Row>[]>(
    () => [
      column.accessor('userId', {
        header: 'Member',
        meta: { className: 'col-user' },
        cell: ({ getValue }) => <UserName userId={getValue()} />,
      }),
      column.display({
        id: 'remove',
        header: '',
        meta: { className: 'col-actions', label: 'Remove' },
        cell: ({ row }) => (
          <RemoveMemberButton
            userId={row.original.userId}
            reason={removeReason}
            busy={remove.isPending && remove.variables?.members.includes(row.original.userId) === true}
            onRemove={(name) =>
              remove.mutate(
                { roleId, members: [row.original.userId] },
                {
                  onSuccess: () => toast({ tone: 'success', title: `Removed ${name} from “${roleName}”` }),
                  onError: (error) => toast({ tone: 'error', title: `Could not remove ${name}`, description: errorMessage(error) }),
                },
              )
            }
          />
        ),
      }),
    ],
    [remove, removeReason, roleId, roleName, toast],
  )

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
