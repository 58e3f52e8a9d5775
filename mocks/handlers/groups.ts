import { Group, GroupsPage } from '../../src/api/schemas'
import { authorized } from './access-view'
import { inDomain, json, queryOf, route } from './kit'
import { entityListQuery, pageBody } from './list-query'

/**
 * Groups service: listing and viewing (enough for pickers and the client's parent group). A group's
 * `description` is a nullable value (`groups/groups.go`, `internal/nullable`): it is always sent, as
 * `null` when the group was created without one.
 */
export function groupHandlers() {
  return [
    route('get', '/:domainID/groups', (c) => {
      const ctx = inDomain(c)
      const q = queryOf(ctx.url)
      const query = entityListQuery<Group>(q)
      const readable = ctx.db.access.readable(ctx.user.id, ctx.domain.id, 'group')
      query.where = (row) => !readable || readable(row)
      const { total, rows } = ctx.db.groups.query(ctx.domain.id, query)
      if (q.bool('only_total')) return json(GroupsPage, { total })
      return json(GroupsPage, pageBody('groups', total, query.offset, query.limit, rows))
    }),

    route('get', '/:domainID/groups/:groupID', (c) => {
      const ctx = inDomain(c)
      const group = authorized(ctx, 'group', ctx.db.groups.getIn(ctx.domain.id, ctx.params.groupID), 'read')
      ctx.db.record('group.view', { id: group.id, name: group.name }, { userId: ctx.user.id, domainId: ctx.domain.id })
      return json(Group, group)
    }),
  ]
}
