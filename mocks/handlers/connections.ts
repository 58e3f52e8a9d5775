import type { Channel, Client, ConnectionType, ConnectionTypeInput } from '../../src/api/schemas'
import { ChannelConnectRequest, ConnectRequest, DisconnectRequest, UUID_PATTERN } from '../../src/api/schemas'
import { emptyStatus, fail, inDomain, noContent, readBody, route, type DomainCtx } from './kit'

type Mode = 'connect' | 'disconnect'

const WIRE_TYPE: Record<ConnectionTypeInput, ConnectionType> = { publish: 'Publish', subscribe: 'Subscribe' }

/** The service's failures for a disabled or cross-domain entity (a ServiceError: 422). */
const FAILURE: Record<Mode, string> = { connect: 'failed to create entity', disconnect: 'failed to remove entity' }

/**
 * Finds every channel and client of a request and checks the caller may link them, in the order the
 * services answer. First the authorization middleware (`channels/middleware/authorization.go` Connect):
 * `connect_to_client` on each channel and `connect_to_channel` on each client, or 403; an unknown id
 * grants nothing, so it is a 403 too, except for a super-admin, who meets the service's 404. Then the
 * service's own rules → 422: every entity must be in the path's domain and, to connect, enabled.
 */
function resolve(ctx: DomainCtx, channelIds: string[], clientIds: string[], mode: Mode) {
  const channels = unique(channelIds).map((id) => ctx.db.channels.get(id))
  const clients = unique(clientIds).map((id) => ctx.db.clients.get(id))
  const { access } = ctx.db
  const superAdmin = access.isSuperAdmin(ctx.user.id)
  if (channels.some((c) => !c) || clients.some((c) => !c)) throw superAdmin ? fail.notFound() : fail.forbidden()
  const found = { channels: channels as Channel[], clients: clients as Client[] }

  const allowed = (type: 'channel' | 'client', entity: Channel | Client, action: string) =>
    // A domain role only covers its own domain's entities; only a super-admin reaches the service's domain check.
    superAdmin || (entity.domain_id === ctx.domain.id && access.can(ctx.user.id, ctx.domain.id, type, entity.id, action))
  if (!found.clients.every((c) => allowed('client', c, 'connect_to_channel'))) throw fail.forbidden()
  if (!found.channels.every((c) => allowed('channel', c, 'connect_to_client'))) throw fail.forbidden()

  const usable = (entity: Channel | Client) => entity.domain_id === ctx.domain.id && (mode === 'disconnect' || entity.status === 'enabled')
  if (![...found.channels, ...found.clients].every(usable)) throw fail.unprocessable(FAILURE[mode])
  return found
}

/** Applies the cross product channel × client × type, all or nothing, and journals it. */
function apply(ctx: DomainCtx, mode: Mode, body: { channelIds: string[]; clientIds: string[]; types: ConnectionTypeInput[] }) {
  const { channels, clients } = resolve(ctx, body.channelIds, body.clientIds, mode)
  const types = unique(body.types)
  const { connections } = ctx.db
  if (mode === 'connect') {
    // Any pair already connected for a requested type fails the whole request (svcerr.ErrConflict).
    for (const channel of channels) {
      for (const client of clients) {
        if (types.some((t) => connections.has(client.id, channel.id, WIRE_TYPE[t]))) throw fail.conflict()
      }
    }
  }
  for (const channel of channels) {
    for (const client of clients) {
      for (const type of types) {
        if (mode === 'connect') connections.add(client.id, channel.id, WIRE_TYPE[type])
        else connections.remove(client.id, channel.id, WIRE_TYPE[type])
      }
    }
  }
  ctx.db.record(
    `channel.${mode}`,
    { client_ids: clients.map((c) => c.id), channel_ids: channels.map((c) => c.id), types },
    { userId: ctx.user.id, domainId: ctx.domain.id },
  )
}

const unique = <T>(items: T[]) => [...new Set(items)]

/** Connections between clients and channels (channels service): bulk and per-channel routes. */
export function connectionHandlers() {
  return [
    route('post', '/:domainID/channels/connect', async (c) => {
      const ctx = inDomain(c)
      const body = await readBody(ctx, ConnectRequest)
      apply(ctx, 'connect', { channelIds: body.channel_ids, clientIds: body.client_ids, types: body.types })
      return emptyStatus(201)
    }),

    route('post', '/:domainID/channels/disconnect', async (c) => {
      const ctx = inDomain(c)
      const body = await readBody(ctx, DisconnectRequest)
      apply(ctx, 'disconnect', { channelIds: body.channel_ids, clientIds: body.client_ids, types: body.types })
      return noContent()
    }),

    route('post', '/:domainID/channels/:channelID/connect', async (c) => {
      const ctx = inDomain(c)
      const body = await readBody(ctx, ChannelConnectRequest)
      // The spec says 200; the handler answers 201 with no body.
      apply(ctx, 'connect', { channelIds: [ctx.params.channelID], clientIds: body.client_ids, types: body.types })
      return emptyStatus(201)
    }),

    route('post', '/:domainID/channels/:channelID/disconnect', async (c) => {
      const ctx = inDomain(c)
      if (!UUID_PATTERN.test(ctx.params.channelID)) throw fail.badRequest('invalid id format provided')
      const body = await readBody(ctx, ChannelConnectRequest)
      apply(ctx, 'disconnect', { channelIds: [ctx.params.channelID], clientIds: body.client_ids, types: body.types })
      return noContent()
    }),
  ]
}
