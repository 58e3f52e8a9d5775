import { Domain, DomainsPage, MembersRolePage, type MemberRoleActions } from '../../src/api/schemas'
import type { Database, DomainRecord } from '../db/database'
import { authenticate, fail, json, queryOf, route } from './kit'
import { membersPage } from './members'

/** The caller's access to a domain, as the domains service adds it for non-super-admins. */
function domainView(db: Database, domain: DomainRecord, userId: string) {
  if (db.access.isSuperAdmin(userId)) return domain
  const roles = db.access.domainRoles(userId, domain.id)
  const first = roles[0]
  return {
    ...domain,
    ...(first ? { role_id: first.id, role_name: first.name } : {}),
    actions: [...new Set(roles.flatMap((r) => r.actions))],
  }
}

function domainMembers(db: Database, domainId: string) {
  const byMember = new Map<string, MemberRoleActions[]>()
  for (const role of db.roles.ofEntity(domainId)) {
    if (!role.actions.length) continue
    for (const member of role.members) {
      const list = byMember.get(member) ?? []
      list.push({ role_id: role.id, role_name: role.name, actions: [...role.actions], access_type: 'direct' })
      byMember.set(member, list)
    }
  }
  return [...byMember].map(([member_id, roles]) => ({ member_id, roles }))
}

/** Domains service: the domains a user may enter, and their members. */
export function domainHandlers() {
  return [
    route('get', '/domains', (c) => {
      const ctx = authenticate(c)
      const q = queryOf(ctx.url)
      const offset = q.uint('offset', 0)
      const limit = q.limit(10)
      const name = q.string('name')?.toLowerCase()
      const status = q.oneOf('status', ['enabled', 'disabled', 'freezed', 'all'], 'enabled', 'invalid status')
      const visible = ctx.db.domains
        .all()
        .filter((d) => ctx.db.access.isDomainMember(ctx.user.id, d.id))
        .filter((d) => status === 'all' || d.status === status)
        .filter((d) => !name || d.name.toLowerCase().includes(name))
        .sort((a, b) => a.name.localeCompare(b.name))
      const page = visible.slice(offset, offset + limit).map((d) => domainView(ctx.db, d, ctx.user.id))
      return json(DomainsPage, { total: visible.length, ...(offset ? { offset } : {}), limit, ...(page.length ? { domains: page } : {}) })
    }),

    route('get', '/domains/:domainID', (c) => {
      const ctx = authenticate(c)
      const domain = ctx.db.domains.get(ctx.params.domainID)
      if (!domain) throw fail.notFound()
      if (!ctx.db.access.isDomainMember(ctx.user.id, domain.id)) throw fail.forbidden()
      return json(Domain, domainView(ctx.db, domain, ctx.user.id))
    }),

    // ListEntityMembers checks `view_role_users` on the domain (docker/permission.yaml, roles_operations
    // list_members): plain members, operators included, are refused. Listed: every domain role with
    // at least one action, held directly.
    route('get', '/domains/:domainID/roles/members', (c) => {
      const ctx = authenticate(c)
      const domain = ctx.db.domains.get(ctx.params.domainID)
      if (!domain || !ctx.db.access.canDomain(ctx.user.id, domain.id, 'view_role_users')) throw fail.forbidden()
      return json(MembersRolePage, membersPage(domainMembers(ctx.db, domain.id), queryOf(ctx.url)))
    }),
  ]
}
