import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate, useParams, type UIMatch } from 'react-router-dom'
import { isApiError } from '../../api/errors'
import { ConfirmMutation } from '../../components/ui/ConfirmMutation'
import { EmptyState, ErrorState, Skeleton } from '../../components/ui/StateViews'
import { IconChevronLeft, IconShield } from '../../components/ui/icons'
import { useClientPermissions } from '../../data/clients'
import { clientRoleQueries, useDeleteRole } from '../../data/roles'
import { useCurrentDomain } from '../../lib/current-domain'
import { RoleActionsCard } from './RoleActionsCard'
import { RoleHeader } from './RoleHeader'
import { RoleMembersCard } from './RoleMembersCard'
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

/** One role of the client: rename, delete, and its actions and members. */
export function RolePage() {
  const { domain } = useCurrentDomain()
  const { clientId = '', roleId = '' } = useParams()
  const navigate = useNavigate()
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
          <ConfirmMutation
            open={confirmDelete}
            onClose={() => setConfirmDelete(false)}
            mutation={remove}
            variables={undefined}
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
            success={`Role “${data.name}” deleted`}
            onDone={() => navigate(rolesPath, { replace: true })}
          />
        </>
      )}
    </div>
  )
}
