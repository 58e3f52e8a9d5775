import { keepPreviousData, queryOptions, useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { isApiError } from '../api/errors'
import { clientRoles } from '../api/roles'
import type { EntityMembersParams, MemberRoleActions, Role } from '../api/schemas/role'
import { useCurrentDomain } from './current-domain'
import { clientAccessQuery } from './client-access'
import { fetchAll } from './fetch-all'

/**
 * Adding someone outside the domain to a role is refused by the auth service like any other refusal:
 * 403 `failed to perform authorization over the entity` (server-errors.ts). The dialogs only offer
 * controls the caller may use, so on a submit it most likely means a chosen member left the domain.
 */
export const isNotDomainMemberError = (error: unknown) => isApiError(error) && error.is('authorization', 403)
export const NOT_DOMAIN_MEMBER =
  'Magistrala refused (403): someone you chose is not a member of this domain any more, or your own rights changed. Only members of this domain can hold a role on its clients.'

/**
 * Role members are UNIQUE(member_id, entity_id): a second role for someone on the same client fails the
 * insert, 422 `failed to create entity`. Read it so only where a role was being created or filled.
 */
export const isSecondRoleError = (error: unknown) => isApiError(error) && error.is('createEntity', 422)
export const ONE_ROLE_PER_CLIENT = 'Someone you chose already holds another role on this client: a member can hold one role per client.'

/** Where a role a member holds on the client lives: on the client itself (a link, removable here), a group, or the domain. */
export type RoleSource = { kind: 'client' } | { kind: 'group'; groupId: string; parent: boolean } | { kind: 'domain' }

export function roleSource(role: MemberRoleActions): RoleSource {
  if ((role.access_type === 'direct_group' || role.access_type === 'indirect_group') && role.access_provider_id) {
    return { kind: 'group', groupId: role.access_provider_id, parent: role.access_type === 'direct_group' }
  }
  if (role.access_type === 'domain') return { kind: 'domain' }
  return { kind: 'client' }
}

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
  /** Everyone a role reaches the client through, in full: the member pickers' pool for operators. */
  allEntityMembers: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: [...clientRoleKeys.all(domainId, clientId), 'entity-members', 'all'] as const,
      queryFn: ({ signal }) =>
        fetchAll((offset, limit) =>
          clientRoles.entityMembers(domainId, clientId, { offset, limit }, signal).then((p) => ({ total: p.total, items: p.members })),
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

/**
 * Who cannot be added to `roleId`: its members, and whoever holds another role on the client (a
 * member holds one role per client), each with the reason.
 */
export function unavailableHolders(holders: Map<string, Role>, roleId: string): Record<string, string> {
  return Object.fromEntries(
    [...holders].map(([id, held]) => [
      id,
      held.id === roleId ? 'Already a member of this role' : `Holds “${held.name}” on this client (one role per member)`,
    ]),
  )
}
