import type { Group } from '../../src/api/schemas'
import { fail, inDomain, json, queryOf, route } from './kit'
import { entityListQuery, pageBody } from './list-query'

/** Groups service: listing and viewing (enough for pickers and the client's parent group). */
export function groupHandlers() {
  return [
    route('get', '/:domainID/groups', (c) => {
      const ctx = inDomain(c)
      const q = queryOf(ctx.url)
      const query = entityListQuery<Group>(q)
      const readable = ctx.db.access.readableIds(ctx.user.id, ctx.domain.id, 'group')
      query.where = (row) => !readable || readable.has(row.id)
      const { total, rows } = ctx.db.groups.query(ctx.domain.id, query)
      if (q.bool('only_total')) return json({ total })
      return json(pageBody('groups', total, query.offset, query.limit, rows))
    }),

    route('get', '/:domainID/groups/:groupID', (c) => {
      const ctx = inDomain(c)
      const group = ctx.db.groups.getIn(ctx.domain.id, ctx.params.groupID)
      if (!group) throw fail.notFound()
      if (!ctx.db.access.can(ctx.user.id, ctx.domain.id, 'group', group.id, 'read')) throw fail.forbidden()
      ctx.db.record('group.view', { id: group.id, name: group.name }, { userId: ctx.user.id, domainId: ctx.domain.id })
      return json(group)
    }),
  ]
}
