import { keepPreviousData, queryOptions, useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { clientRoles } from '../api/roles'
import type { EntityMembersParams, Role, RoleCreate } from '../api/schemas/role'
import { useCurrentDomain } from '../lib/current-domain'
import { memberPool, type MemberPool } from '../lib/member-pool'
import { clientKeys, useClientPermissions } from './clients'
import { fetchAllPages, type Page, type PageRequest } from './fetch-all'

/** Lists fetched whole here are small (a client's roles, a role's members); this only stops a runaway loop. */
const LIST_MAX = 2000

/** A whole list inside a query (which retries the whole list itself). */
const allOf = async <T>(page: (request: PageRequest, signal: AbortSignal) => Promise<Page<T>>, signal: AbortSignal) =>
  (await fetchAllPages(page, { signal, max: LIST_MAX, retry: false })).items

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
        allOf(
          (page, pageSignal) => clientRoles.list(domainId, clientId, page, pageSignal).then((p) => ({ total: p.total, items: p.roles })),
          signal,
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
        allOf(
          (page, pageSignal) =>
            clientRoles.members(domainId, clientId, roleId, page, pageSignal).then((p) => ({ total: p.total, items: p.members })),
          signal,
        ),
    }),
  /** Everyone a role reaches the client through, in full: the member pickers' pool for operators. */
  allEntityMembers: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: [...clientRoleKeys.all(domainId, clientId), 'entity-members', 'all'] as const,
      queryFn: ({ signal }) =>
        allOf(
          (page, pageSignal) =>
            clientRoles.entityMembers(domainId, clientId, page, pageSignal).then((p) => ({ total: p.total, items: p.members })),
          signal,
        ),
      staleTime: 60_000,
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
    queryClient.invalidateQueries({ queryKey: clientKeys.detail(domainId, clientId) }),
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

/**
 * Who holds which of the client's own roles, for pickers: someone holding one cannot be given another.
 * Read from each role's members, since `…/roles/members` leaves out roles without actions.
 */
export function useRoleHolders(clientId: string, enabled: boolean) {
  const { domain } = useCurrentDomain()
  const roles = useQuery({ ...clientRoleQueries.list(domain.id, clientId), enabled })
  const members = useQueries({
    queries: (roles.data ?? []).map((role) => ({ ...clientRoleQueries.allMembers(domain.id, clientId, role.id), enabled })),
    // Structurally shared: `lists` keeps its identity until a list changes.
    combine: (results) => ({ lists: results.map((r) => r.data), ready: results.every((r) => r.isSuccess) }),
  })
  const queryClient = useQueryClient()
  const holders = useMemo(() => {
    const map = new Map<string, Role>()
    roles.data?.forEach((role, i) => members.lists[i]?.forEach((id) => map.set(id, role)))
    return map
  }, [roles.data, members.lists])
  return {
    holders,
    ready: roles.isSuccess && members.ready,
    refetch: () => queryClient.invalidateQueries({ queryKey: clientRoleKeys.all(domain.id, clientId) }),
  }
}

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

/** Where a member picker on one client's roles finds people (see `memberPool`). */
export function useMemberPool(clientId: string): MemberPool {
  const current = useCurrentDomain()
  const permissions = useClientPermissions(clientId)
  return memberPool(current, permissions.can('view_role_users'))
}
