import { useMemo } from 'react'
import { errorMessage } from '../../api/errors'
import { IconButton } from '../../components/ui/Button'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { useToast } from '../../components/ui/Toasts'
import { IconTrash } from '../../components/ui/icons'
import { UserName } from '../../components/users/UserName'
import { useRemoveRoleMembers } from '../../data/roles'
import { useUserName } from '../../data/users'

export type RoleMemberRow = { userId: string }
const column = createColumns<RoleMemberRow>()

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

type Options = { clientId: string; roleId: string; roleName: string; removeReason: string | null }

/** A role's members table: who, and a remove button that removes at once and says so. */
export function useRoleMemberColumns({ clientId, roleId, roleName, removeReason }: Options): DataTableColumn<RoleMemberRow>[] {
  const toast = useToast()
  const remove = useRemoveRoleMembers(clientId)
  return useMemo<DataTableColumn<RoleMemberRow>[]>(
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
}
