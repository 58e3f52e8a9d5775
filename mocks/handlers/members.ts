import type { MemberRoleActions } from '../../src/api/schemas'
import type { queryOf } from './kit'

type MemberRoles = { member_id: string; roles: MemberRoleActions[] }

/**
 * One page of `…/roles/members` (`pkg/roles/repo/postgres/roles.go` ListEntityMembers). Each filter is
 * JSONB containment on the member's roles (`roles @> [{"role_id": …}]`): it keeps the members holding
 * a matching role, and still lists all their roles. `actions` must all be held by one role.
 */
export function membersPage(all: MemberRoles[], q: ReturnType<typeof queryOf>) {
  const offset = q.uint('offset', 0)
  const limit = q.limit(10)
  const filters: ((role: MemberRoleActions) => boolean)[] = []
  const roleId = q.string('role_id')
  const roleName = q.string('role_name')
  const accessType = q.string('access_type')
  const provider = q.string('access_provider_id')
  const actions = q.string('actions')?.split(',').filter(Boolean)
  if (roleId) filters.push((r) => r.role_id === roleId)
  if (roleName) filters.push((r) => r.role_name === roleName)
  if (accessType) filters.push((r) => r.access_type === accessType)
  if (provider) filters.push((r) => r.access_provider_id === provider)
  if (actions?.length) filters.push((r) => actions.every((a) => r.actions?.includes(a)))
  const members = all.filter((m) => filters.every((matches) => m.roles.some(matches)))
  return { total: members.length, offset, limit, members: members.slice(offset, offset + limit) }
}
