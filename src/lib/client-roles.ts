import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/errors'
import { clientRoles } from '../api/roles'
import type { EntityMembersParams } from '../api/schemas/role'
import { useCurrentDomain } from './current-domain'
import { clientAccessQuery } from './client-access'
import { fetchAll } from './fetch-all'

/** The roles service refuses (403, with a message about membership) anyone who is not a member of the client's domain. */
export const isNotDomainMemberError = (error: unknown) => isApiError(error) && error.isForbidden && /member/i.test(error.message)
export const NOT_DOMAIN_MEMBER = 'Only members of this domain can hold a role on its clients.'

/**
 * A client's roles as server state, shared by the Roles and Members tabs: both change the same roles,
 * so both refresh through these keys. Everything of one client sits under `all`.
 */
export const clientRoleKeys = {
  all: (domainId: string, clientId: string) => ['client-roles', domainId, clientId] as const,
  list: (domainId: string, clientId: string) => [...clientRoleKeys.all(domainId, clientId), 'list'] as const,
  role: (domainId: string, clientId: string, roleId: string) => [...clientRoleKeys.all(domainId, clientId), 'role', roleId] as const,
  actions: (domainId: string, clientId: string, roleId: string) => [...clientRoleKeys.role(domainId, clientId, roleId), 'actions'] as const,
  members: (domainId: string, clientId: string, roleId: string, page: { offset: number; limit: number }) =>
    [...clientRoleKeys.role(domainId, clientId, roleId), 'members', page] as const,
  allMembers: (domainId: string, clientId: string, roleId: string) =>
    [...clientRoleKeys.role(domainId, clientId, roleId), 'members', 'all'] as const,
  entityMembers: (domainId: string, clientId: string, params: EntityMembersParams) =>
    [...clientRoleKeys.all(domainId, clientId), 'entity-members', params] as const,
  availableActions: (domainId: string) => ['client-roles', domainId, 'available-actions'] as const,
}

export const clientRoleQueries = {
  /** Actions a client role may grant, from the server (never hard-coded). */
  availableActions: (domainId: string) =>
    queryOptions({
      queryKey: clientRoleKeys.availableActions(domainId),
      queryFn: ({ signal }) => clientRoles.availableActions(domainId, signal).then((r) => r.available_actions),
      staleTime: 10 * 60_000,
    }),
  /**
   * All roles of the client. The roles endpoint pages but cannot filter by name, so search and paging
   * happen on this full list.
   */
  list: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: clientRoleKeys.list(domainId, clientId),
      queryFn: ({ signal }) =>
        fetchAll((offset, limit) =>
          clientRoles.list(domainId, clientId, { offset, limit }, signal).then((p) => ({ total: p.total, items: p.roles })),
        ),
    }),
  role: (domainId: string, clientId: string, roleId: string) =>
    queryOptions({
      queryKey: clientRoleKeys.role(domainId, clientId, roleId),
      queryFn: ({ signal }) => clientRoles.get(domainId, clientId, roleId, signal),
    }),
  actions: (domainId: string, clientId: string, roleId: string) =>
    queryOptions({
      queryKey: clientRoleKeys.actions(domainId, clientId, roleId),
      queryFn: ({ signal }) => clientRoles.actions(domainId, clientId, roleId, signal).then((r) => r.actions),
    }),
  /** One page of a role's members (user ids). */
  members: (domainId: string, clientId: string, roleId: string, page: { offset: number; limit: number }) =>
    queryOptions({
      queryKey: clientRoleKeys.members(domainId, clientId, roleId, page),
      queryFn: ({ signal }) => clientRoles.members(domainId, clientId, roleId, page, signal),
      placeholderData: keepPreviousData,
    }),
  /** Every member id of a role, to tell a picker who already holds it. */
  allMembers: (domainId: string, clientId: string, roleId: string) =>
    queryOptions({
      queryKey: clientRoleKeys.allMembers(domainId, clientId, roleId),
      queryFn: ({ signal }) =>
        fetchAll((offset, limit) =>
          clientRoles.members(domainId, clientId, roleId, { offset, limit }, signal).then((p) => ({ total: p.total, items: p.members })),
        ),
    }),
  /** Users holding any role on the client, with those roles. */
  entityMembers: (domainId: string, clientId: string, params: EntityMembersParams) =>
    queryOptions({
      queryKey: clientRoleKeys.entityMembers(domainId, clientId, params),
      queryFn: ({ signal }) => clientRoles.entityMembers(domainId, clientId, params, signal),
      placeholderData: keepPreviousData,
    }),
}

/**
 * After any change to a client's roles: its roles, their members and counts, and the caller's own
 * permissions on the client (they may have changed their own role). `deletedRoleId`'s queries are left
 * alone: refetching a role just deleted would only turn its page into a 404 while it is being left.
 */
export async function refreshClientRoles(queryClient: QueryClient, domainId: string, clientId: string, deletedRoleId?: string) {
  const deleted = deletedRoleId ? clientRoleKeys.role(domainId, clientId, deletedRoleId) : undefined
  await Promise.all([
    queryClient.invalidateQueries({
      queryKey: clientRoleKeys.all(domainId, clientId),
      predicate: (query) => !deleted || !deleted.every((part, i) => query.queryKey[i] === part),
    }),
    queryClient.invalidateQueries({ queryKey: clientAccessQuery(domainId, clientId).queryKey }),
  ])
}

/** Adds domain members to one of the client's roles (Roles and Members tabs alike). */
export function useAddRoleMembers(clientId: string) {
  const { domain } = useCurrentDomain()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ roleId, members }: { roleId: string; members: string[] }) =>
      clientRoles.addMembers(domain.id, clientId, roleId, members),
    onSuccess: () => refreshClientRoles(queryClient, domain.id, clientId),
  })
}

/** Takes users out of one of the client's roles. */
export function useRemoveRoleMembers(clientId: string) {
  const { domain } = useCurrentDomain()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ roleId, members }: { roleId: string; members: string[] }) =>
      clientRoles.removeMembers(domain.id, clientId, roleId, members),
    onSuccess: () => refreshClientRoles(queryClient, domain.id, clientId),
  })
}
