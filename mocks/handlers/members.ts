import type { Database } from '../db/database'
import type { queryOf } from './kit'

/** `…/roles/members`: every user holding a role on the entity, with those roles. */
export function membersPage(db: Database, entityId: string, q: ReturnType<typeof queryOf>) {
  const offset = q.uint('offset', 0)
  const limit = q.limit(10)
  const roleId = q.string('role_id')
  const roleName = q.string('role_name')
  const byMember = new Map<string, { role_id: string; role_name: string; actions: string[]; access_type: string }[]>()
  for (const role of db.roles.ofEntity(entityId)) {
    if (roleId && role.id !== roleId) continue
    if (roleName && role.name !== roleName) continue
    for (const member of role.members) {
      const list = byMember.get(member) ?? []
      list.push({ role_id: role.id, role_name: role.name, actions: role.actions, access_type: 'direct' })
      byMember.set(member, list)
    }
  }
  const members = [...byMember].map(([member_id, roles]) => ({ member_id, roles }))
  return { total: members.length, offset, limit, members: members.slice(offset, offset + limit) }
}
