import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { errorMessage } from '../../api/errors'
import { Button, IconButton } from '../../components/ui/Button'
import { ConfirmMutation } from '../../components/ui/ConfirmMutation'
import { createColumns, DataTable, type DataTableColumn } from '../../components/ui/DataTable'
import { EmptyState } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconPlus, IconTrash } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { tableStatus } from '../../lib/table-state'
import { actionDescription } from './action-labels'
import { clientRoleQueries, useAddRoleActions, useRemoveAllRoleActions, useRemoveRoleActions } from '../../data/roles'
import { AddActionsDialog } from './AddActionsDialog'

type Row = { action: string }
const column = createColumns<Row>()
const rowId = (row: Row) => row.action

type RoleActionsCardProps = {
  clientId: string
  roleId: string
  roleName: string
  /** Why the user may not change the role's actions (`manage_role`), or null. */
  manageReason: string | null
}

/** The actions a role grants: add (only those it lacks), remove one, remove all. */
export function RoleActionsCard({ clientId, roleId, roleName, manageReason }: RoleActionsCardProps) {
  const { domain } = useCurrentDomain()
  const toast = useToast()
  const granted = useQuery(clientRoleQueries.actions(domain.id, clientId, roleId))
  const available = useQuery(clientRoleQueries.availableActions(domain.id))
  const add = useAddRoleActions(clientId, roleId)
  const remove = useRemoveRoleActions(clientId, roleId)
  const removeAll = useRemoveAllRoleActions(clientId, roleId)
  const [adding, setAdding] = useState(false)
  const [confirmAll, setConfirmAll] = useState(false)

  const held = useMemo(() => granted.data ?? [], [granted.data])
  const missing = useMemo(() => available.data?.filter((a) => !held.includes(a)), [available.data, held])

  const columns = useMemo<DataTableColumn<Row>[]>(
    () => [
      column.accessor('action', { header: 'Action', meta: { className: 'col-action' }, cell: ({ getValue }) => <code>{getValue()}</code> }),
      column.display({
        id: 'description',
        header: 'Allows',
        cell: ({ row }) => <span className="muted">{actionDescription(row.original.action) ?? '—'}</span>,
      }),
      column.display({
        id: 'remove',
        header: '',
        meta: { className: 'col-actions', label: 'Remove' },
        cell: ({ row }) => {
          const action = row.original.action
          const busy = remove.isPending && remove.variables?.includes(action)
          return (
            <IconButton
              label={`Remove action ${action}`}
              icon={<IconTrash />}
              disabledReason={manageReason}
              loading={busy}
              onClick={() =>
                remove.mutate([action], {
                  onSuccess: () => toast({ tone: 'success', title: `Removed “${action}” from “${roleName}”` }),
                  onError: (error) => toast({ tone: 'error', title: `Could not remove “${action}”`, description: errorMessage(error) }),
                })
              }
            />
          )
        },
      }),
    ],
    [manageReason, remove, roleName, toast],
  )

  const addReason = manageReason ?? (missing && missing.length === 0 ? 'This role already has every available action' : null)
  const removeAllReason = manageReason ?? (granted.isSuccess && held.length === 0 ? 'This role has no actions' : null)

  return (
    <section className="card role-card" aria-labelledby="role-actions-title">
      <div className="card-header">
        <h3 id="role-actions-title" className="card-title">
          Role actions
        </h3>
        <div className="card-actions">
          <Button size="sm" icon={<IconPlus />} disabledReason={addReason} onClick={() => setAdding(true)}>
            Add actions
          </Button>
          <Button size="sm" variant="danger" icon={<IconTrash />} disabledReason={removeAllReason} onClick={() => setConfirmAll(true)}>
            Remove all actions
          </Button>
        </div>
      </div>
      <DataTable
        label="Role actions"
        columns={columns}
        rows={granted.data?.map((action) => ({ action }))}
        getRowId={rowId}
        {...tableStatus(granted)}
        skeletonRows={3}
        empty={<EmptyState title="No actions" description={`Members of “${roleName}” cannot do anything on this client through it.`} />}
      />
      <AddActionsDialog
        open={adding}
        onOpenChange={setAdding}
        roleName={roleName}
        actions={missing}
        loadError={available.error}
        onRetry={() => {
          void available.refetch()
          void granted.refetch()
        }}
        onSubmit={async (actions) => {
          await add.mutateAsync(actions)
          toast({
            tone: 'success',
            title: `Added ${actions.length === 1 ? `“${actions[0]}”` : `${actions.length} actions`} to “${roleName}”`,
          })
        }}
      />
      <ConfirmMutation
        open={confirmAll}
        onClose={() => setConfirmAll(false)}
        mutation={removeAll}
        variables={undefined}
        title="Remove all actions?"
        description={
          <>
            Members of <strong>{roleName}</strong> lose {held.length === 1 ? 'the one action' : `all ${held.length} actions`} it grants on
            this client.
          </>
        }
        confirmLabel="Remove all actions"
        success={`Removed every action from “${roleName}”`}
      />
    </section>
  )
}
