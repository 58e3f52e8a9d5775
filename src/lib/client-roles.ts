import { isApiError } from '../api/errors'
import type { MemberRoleActions, Role } from '../api/schemas/role'

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
