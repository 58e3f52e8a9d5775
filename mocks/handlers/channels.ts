import { Channel, ChannelCreate, ChannelsPage, ZERO_TIME } from '../../src/api/schemas'
import type { ChannelAction } from '../db/actions'
import { authorized, listAccess } from './access-view'
import { randomUuid } from '../db/random'
import { fail, inDomain, json, queryOf, readBody, route, type DomainCtx } from './kit'
import { entityListQuery, pageBody } from './list-query'
import { saveNewEntity } from './new-entity'

/** A row of the channels list: the channel with the caller's access for non-super-admins. */
export function channelRow(channel: Channel, ctx: DomainCtx, extra: Partial<Channel> = {}): Channel {
  return { ...channel, ...extra, ...listAccess(ctx, 'channel', channel.id) }
}

/** The channel in the path's domain, once the caller may do `action` on it (403 before 404, see `authorized`). */
export function requireChannel(ctx: DomainCtx, id: string, action: ChannelAction): Channel {
  return authorized(ctx, 'channel', ctx.db.channels.getIn(ctx.domain.id, id), action)
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
      const readable = ctx.db.access.readable(ctx.user.id, ctx.domain.id, 'channel')
      const { connections } = ctx.db
      query.where = (row) =>
        (!readable || readable(row)) &&
        (!client || (wanted ? connections.has(client, row.id, wanted) : connections.isClientConnected(client, row.id)))
      const { total, rows } = ctx.db.channels.query(ctx.domain.id, query)
      if (q.bool('only_total')) return json(ChannelsPage, { total })
      const channels = rows.map((row) => channelRow(row, ctx, client ? { connection_types: connections.types(client, row.id) } : {}))
      return json(ChannelsPage, pageBody('channels', total, query.offset, query.limit, channels))
    }),

    route('post', '/:domainID/channels', async (c) => {
      const ctx = inDomain(c)
      if (!ctx.db.access.canDomain(ctx.user.id, ctx.domain.id, 'channel_create')) throw fail.forbidden()
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
        updated_at: ZERO_TIME,
      }
      saveNewEntity(ctx, 'channel', channel)
      return json(Channel, channel, { status: 201, headers: { Location: `/channels/${channel.id}` } })
    }),

    route('get', '/:domainID/channels/:channelID', (c) => {
      const ctx = inDomain(c)
      const channel = requireChannel(ctx, ctx.params.channelID, 'read')
      ctx.db.record('channel.view', { id: channel.id, name: channel.name }, { userId: ctx.user.id, domainId: ctx.domain.id })
      return json(Channel, channel)
    }),
  ]
}
