import type { CurrentDomain } from './current-domain'

/**
 * Where a member picker finds people. Only domain members may hold a role on the domain's clients (403
 * otherwise), and the domain's member list (`GET /domains/{id}/roles/members`) needs `view_role_users`
 * on the domain, which operators lack. Without it, the client's own member list
 * (`…/clients/{id}/roles/members`, `view_role_users` on the client) still shows everyone whose domain,
 * group or client role reaches the client: the domain's members with any client right. Without
 * either, only a username search is left.
 */
export type MemberPool = 'domain' | 'client' | 'search'

export function memberPool(current: CurrentDomain, canViewClientMembers: boolean): MemberPool {
  if (current.canDomain('view_role_users')) return 'domain'
  return canViewClientMembers ? 'client' : 'search'
}

/** What the picker offers, for the field's hint: an operator learns which right the full list needs. */
export function memberPoolHint(pool: MemberPool): string {
  if (pool === 'domain') return 'Members of this domain, by name or username.'
  if (pool === 'client')
    return 'People whose roles already reach this client (through the domain, a group or the client). Listing every member of the domain needs “view_role_users” on the domain.'
  return 'Search by username (3 characters or more). Listing the domain’s members needs “view_role_users” on the domain or on this client; people outside the domain are refused.'
}
