import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate, useParams, type UIMatch } from 'react-router-dom'
import { errorMessage, isApiError } from '../../api/errors'
import { ROLE_NAME_MAX, type Role } from '../../api/schemas/role'
import { Button } from '../../components/ui/Button'
import { ConfirmDialog } from '../../components/ui/ConfirmDialog'
import { CopyButton } from '../../components/ui/CopyButton'
import { InlineEditField, InlineTextEditor } from '../../components/ui/InlineEditField'
import { EmptyState, ErrorState, Skeleton } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconChevronLeft, IconShield, IconTrash } from '../../components/ui/icons'
import { UserName } from '../../components/users/UserName'
import { useClientPermissions } from '../../lib/client-access'
import { clientRoleQueries } from '../../lib/client-roles'
import { useCurrentDomain } from '../../lib/current-domain'
import { DateTime } from '../../components/ui/RelativeTime'
import { isSetTime } from '../../lib/format'
import { RoleActionsCard } from './RoleActionsCard'
import { RoleMembersCard } from './RoleMembersCard'
import { useDeleteRole, useRenameRole } from './queries'
import './roles.css'

function RoleCrumb({ domainId, clientId, roleId }: { domainId: string; clientId: string; roleId: string }) {
  const role = useQuery(clientRoleQueries.role(domainId, clientId, roleId))
  return <>{role.data?.name ?? 'Role'}</>
}

export const handle = {
  crumb: (match: UIMatch) => (
    <RoleCrumb domainId={match.params.domainId ?? ''} clientId={match.params.clientId ?? ''} roleId={match.params.roleId ?? ''} />
  ),
}

const parseName = (draft: string) => {
  const name = draft.trim()
  if (!name) return { ok: false as const, error: 'Enter a name for the role' }
  if (name.length > ROLE_NAME_MAX) return { ok: false as const, error: `Use at most ${ROLE_NAME_MAX} characters` }
  return { ok: true as const, value: name }
}

function RoleHeader({
  clientId,
  role,
  manageReason,
  onDelete,
}: {
  clientId: string
  role: Role
  manageReason: string | null
  onDelete: () => void
}) {
  const rename = useRenameRole(clientId, role.id)
  const save = async (name: string) => {
    if (name === role.name) return
    try {
      await rename.mutateAsync(name)
    } catch (error) {
      // The inline editor shows this message and keeps what was typed.
      throw isApiError(error) && error.isConflict ? new Error(`Another role on this client is already named “${name}”.`) : error
    }
  }
  return (
    <div className="card role-header">
      <div className="role-header-main">
        <InlineEditField
          label="Role name"
          value={role.name}
          display={(name) => (
            <h2 className="role-title truncate" title={name}>
              {name}
            </h2>
          )}
          toDraft={(name) => name}
          parse={parseName}
          onSave={save}
          disabledReason={manageReason}
          renderEditor={(editor) => <InlineTextEditor {...editor} label="Role name" />}
        />
        <Button variant="danger" size="sm" icon={<IconTrash />} disabledReason={manageReason} onClick={onDelete}>
          Delete role
        </Button>
      </div>
      <dl className="role-meta">
        <div>
          <dt>ID</dt>
          <dd className="role-id">
            <code>{role.id}</code>
            <CopyButton value={role.id} label="Copy role ID" />
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <DateTime value={role.created_at} />
            {role.created_by && (
              <>
                <span className="muted">by</span> <UserName userId={role.created_by} withUsername={false} />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>
            {isSetTime(role.updated_at) ? <DateTime value={role.updated_at} /> : <span className="muted">Never</span>}
            {role.updated_by && (
              <>
                <span className="muted">by</span> <UserName userId={role.updated_by} withUsername={false} />
              </>
            )}
          </dd>
        </div>
      </dl>
    </div>
  )
}

/** One role of the client: rename, delete, and its actions and members. */
export function RolePage() {
  const { domain } = useCurrentDomain()
  const { clientId = '', roleId = '' } = useParams()
  const navigate = useNavigate()
  const toast = useToast()
  const permissions = useClientPermissions(clientId)
  const canView = permissions.can('view_role_users')
  const role = useQuery({ ...clientRoleQueries.role(domain.id, clientId, roleId), enabled: canView })
  const remove = useDeleteRole(clientId, roleId)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const rolesPath = `/${domain.id}/clients/${clientId}/roles`

  const back = (
    <Link to={rolesPath} className="back-link">
      <IconChevronLeft size={16} /> All roles
    </Link>
  )

  if (!canView && permissions.loaded) {
    return (
      <EmptyState
        icon={<IconShield size={22} />}
        title="You cannot see this client's roles"
        description={permissions.reason('view_role_users', 'see the roles of this client')}
      />
    )
  }
  if (role.isError && !role.data) {
    if (isApiError(role.error) && role.error.isNotFound) {
      return (
        <EmptyState
          title="Role not found"
          description="It may have been deleted, or the link is wrong."
          action={
            <Link className="btn btn-primary btn-md" to={rolesPath}>
              Back to roles
            </Link>
          }
        />
      )
    }
    return <ErrorState error={role.error} onRetry={() => role.refetch()} title="Could not load the role" />
  }

  const data = role.data
  const manageReason = permissions.reason('manage_role', 'change this role')
  return (
    <div className="role-page stack">
      {back}
      {data ? (
        <RoleHeader clientId={clientId} role={data} manageReason={manageReason} onDelete={() => setConfirmDelete(true)} />
      ) : (
        <div className="card role-header">
          <Skeleton width={240} height={28} />
        </div>
      )}
      {data && (
        <>
          <RoleActionsCard clientId={clientId} roleId={roleId} roleName={data.name} manageReason={manageReason} />
          <RoleMembersCard
            clientId={clientId}
            roleId={roleId}
            roleName={data.name}
            addReason={permissions.reason('add_role_users', 'add members to roles')}
            removeReason={permissions.reason('remove_role_users', 'remove members from roles')}
          />
          <ConfirmDialog
            open={confirmDelete}
            onOpenChange={(open) => {
              setConfirmDelete(open)
              if (!open) remove.reset()
            }}
            title={`Delete role “${data.name}”?`}
            description={
              <>
                Its members lose the actions it grants on this client. This cannot be undone.
                {data.name === 'admin' && (
                  <> This is the client&apos;s built-in admin role: without it, only domain roles give access to the client.</>
                )}
              </>
            }
            confirmLabel="Delete role"
            pending={remove.isPending}
            error={remove.error ? errorMessage(remove.error) : null}
            onConfirm={() =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  setConfirmDelete(false)
                  navigate(rolesPath, { replace: true })
                  toast({ tone: 'success', title: `Role “${data.name}” deleted` })
                },
              })
            }
          />
        </>
      )}
    </div>
  )
}
