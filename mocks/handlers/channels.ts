import type { Channel } from '../../src/api/schemas'
import { ChannelCreate } from '../../src/api/schemas'
import { CHANNEL_ACTIONS, type ChannelAction } from '../db/actions'
import type { Database } from '../db/database'
import { randomUuid } from '../db/random'
import { roleId } from '../db/role-store'
import { fail, inDomain, json, queryOf, readBody, route, type DomainCtx } from './kit'
import { entityListQuery, pageBody } from './list-query'

export function channelView(db: Database, channel: Channel, ctx: DomainCtx, extra: Partial<Channel> = {}): Channel {
  if (db.access.isSuperAdmin(ctx.user.id)) return { ...channel, ...extra }
  const access = db.access.entity(ctx.user.id, ctx.domain.id, 'channel', channel.id)
  return {
    ...channel,
    ...extra,
    ...(access.via ? { role_id: access.via.role.id, role_name: access.via.role.name, access_type: access.via.type } : {}),
    actions: [...access.actions],
  }
}

export function requireChannel(ctx: DomainCtx, id: string, action: ChannelAction): Channel {
  const channel = ctx.db.channels.getIn(ctx.domain.id, id)
  if (!channel) throw fail.notFound()
  if (!ctx.db.access.can(ctx.user.id, ctx.domain.id, 'channel', channel.id, action)) throw fail.forbidden()
  return channel
}

/** Channels service (listing, viewing, creating; connections live in connections.ts). */
export function channelHandlers() {
  return [
    route('get', '/:domainID/channels', (c) => {
      const ctx = inDomain(c)
      const q = queryOf(ctx.url)
      const query = entityListQuery<Channel>(q)
      const client = q.string('client')
      const type = q.string('connection_type')?.toLowerCase()
      if (type && type !== 'publish' && type !== 'subscribe') throw fail.badRequest('invalid connection type')
      const wanted = type === 'publish' ? 'Publish' : type === 'subscribe' ? 'Subscribe' : undefined
      const readable = ctx.db.access.readableIds(ctx.user.id, ctx.domain.id, 'channel')
      const { connections } = ctx.db
      query.where = (row) =>
        (!readable || readable.has(row.id)) &&
        (!client || (wanted ? connections.has(client, row.id, wanted) : connections.isClientConnected(client, row.id)))
      const { total, rows } = ctx.db.channels.query(ctx.domain.id, query)
      if (q.bool('only_total')) return json({ total })
      const channels = rows.map((row) =>
        channelView(ctx.db, row, ctx, client ? { connection_types: connections.types(client, row.id) } : {}),
      )
      return json(pageBody('channels', total, query.offset, query.limit, channels))
    }),

    route('post', '/:domainID/channels', async (c) => {
      const ctx = inDomain(c)
      if (!ctx.db.access.canDomain(ctx.user.id, ctx.domain.id, 'channel_create'))
        throw fail.forbidden('failed to perform authorization over the domain')
      const body = await readBody(ctx, ChannelCreate)
      if (body.route) {
        if (body.route.includes('__') || body.route.includes('--')) throw fail.badRequest('invalid route')
        const taken = [...ctx.db.channels.allIn(ctx.domain.id)].some((ch) => ch.route === body.route)
        if (taken) throw fail.conflict()
      }
      const now = new Date().toISOString()
      const channel: Channel = {
        id: randomUuid(),
        ...(body.name ? { name: body.name } : {}),
        ...(body.tags?.length ? { tags: body.tags } : {}),
        ...(body.route ? { route: body.route } : {}),
        ...(body.metadata ? { metadata: body.metadata } : {}),
        domain_id: ctx.domain.id,
        status: body.status ?? 'enabled',
        created_by: ctx.user.id,
        created_at: now,
        updated_at: '0001-01-01T00:00:00Z',
      }
      ctx.db.channels.insert(channel)
      ctx.db.roles.put({
        id: roleId('channel'),
        name: 'admin',
        entity_id: channel.id,
        entity_type: 'channel',
        domain_id: ctx.domain.id,
        actions: [...CHANNEL_ACTIONS],
        members: [ctx.user.id],
        created_by: ctx.user.id,
        created_at: now,
        updated_by: '',
        updated_at: '0001-01-01T00:00:00Z',
      })
      ctx.db.record(
        'channel.create',
        { id: channel.id, name: channel.name, tags: channel.tags, status: channel.status },
        { userId: ctx.user.id, domainId: ctx.domain.id, metadata: channel.metadata },
      )
      return json(channelView(ctx.db, channel, ctx), 201, { Location: `/channels/${channel.id}` })
    }),

    route('get', '/:domainID/channels/:channelID', (c) => {
      const ctx = inDomain(c)
      const channel = requireChannel(ctx, ctx.params.channelID, 'read')
      ctx.db.record('channel.view', { id: channel.id, name: channel.name }, { userId: ctx.user.id, domainId: ctx.domain.id })
      return json(channelView(ctx.db, channel, ctx))
    }),
  ]
}
