import type { DomainRecord } from '../db/database'
import type { Database } from '../db/database'
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
      return json({ total: visible.length, ...(offset ? { offset } : {}), limit, ...(page.length ? { domains: page } : {}) })
    }),

    route('get', '/domains/:domainID', (c) => {
      const ctx = authenticate(c)
      const domain = ctx.db.domains.get(ctx.params.domainID)
      if (!domain) throw fail.notFound()
      if (!ctx.db.access.isDomainMember(ctx.user.id, domain.id)) throw fail.forbidden('failed to perform authorization over the domain')
      return json(domainView(ctx.db, domain, ctx.user.id))
    }),

    route('get', '/domains/:domainID/roles/members', (c) => {
      const ctx = authenticate(c)
      const domain = ctx.db.domains.get(ctx.params.domainID)
      if (!domain) throw fail.notFound()
      if (!ctx.db.access.isDomainMember(ctx.user.id, domain.id)) throw fail.forbidden('failed to perform authorization over the domain')
      return json(membersPage(ctx.db, domain.id, queryOf(ctx.url)))
    }),
  ]
}
