import { useMutation, useQueryClient } from '@tanstack/react-query'
import { clientRoles } from '../../api/roles'
import type { RoleCreate } from '../../api/schemas/role'
import { refreshClientRoles } from '../../lib/client-roles'
import { useCurrentDomain } from '../../lib/current-domain'

/** A mutation on one client's roles that refreshes them (and the caller's permissions) once it lands. */
function useRoleMutation<TVars, TResult>(clientId: string, run: (domainId: string, vars: TVars) => Promise<TResult>) {
  const { domain } = useCurrentDomain()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (vars: TVars) => run(domain.id, vars),
    onSuccess: () => refreshClientRoles(queryClient, domain.id, clientId),
  })
}

export function useCreateRole(clientId: string) {
  return useRoleMutation(clientId, (domainId, body: RoleCreate) => clientRoles.create(domainId, clientId, body))
}

export function useRenameRole(clientId: string, roleId: string) {
  return useRoleMutation(clientId, (domainId, name: string) => clientRoles.rename(domainId, clientId, roleId, name))
}

/** Deletes a role. Its own queries are not refetched: its page is being left. */
export function useDeleteRole(clientId: string, roleId: string) {
  const { domain } = useCurrentDomain()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => clientRoles.remove(domain.id, clientId, roleId),
    onSuccess: () => refreshClientRoles(queryClient, domain.id, clientId, roleId),
  })
}

export function useAddRoleActions(clientId: string, roleId: string) {
  return useRoleMutation(clientId, (domainId, actions: string[]) => clientRoles.addActions(domainId, clientId, roleId, actions))
}

export function useRemoveRoleActions(clientId: string, roleId: string) {
  return useRoleMutation(clientId, (domainId, actions: string[]) => clientRoles.removeActions(domainId, clientId, roleId, actions))
}

export function useRemoveAllRoleActions(clientId: string, roleId: string) {
  return useRoleMutation(clientId, (domainId, _vars: void) => clientRoles.removeAllActions(domainId, clientId, roleId))
}

export function useRemoveAllRoleMembers(clientId: string, roleId: string) {
  return useRoleMutation(clientId, (domainId, _vars: void) => clientRoles.removeAllMembers(domainId, clientId, roleId))
}
