import type * as z from 'zod/mini'
import type { BootstrapState, Client, ConnectionType } from '../../src/api/schemas'
import {
  BOOTSTRAP_ACTIVE,
  BootstrapCertsResponse,
  BootstrapCertsUpdate,
  BootstrapConfig,
  BootstrapConfigCreate,
  BootstrapConfigsPage,
  BootstrapConfigUpdate,
  BootstrapConnectionsUpdate,
  BootstrapStateUpdate,
  DeviceBootstrapResponse,
} from '../../src/api/schemas'
import type { ClientAction } from '../db/actions'
import type { BootstrapRecord } from '../db/bootstrap-store'
import type { Database } from '../db/database'
import { randomUuid } from '../db/random'
import { newClient, saveNew } from './clients'
import { emptyStatus, fail, inDomain, json, noContent, queryOf, readBody, route, type Ctx, type DomainCtx } from './kit'

/** The service connects a config's client to its channels both ways. */
const BOTH: ConnectionType[] = ['Publish', 'Subscribe']
const LIMIT_MAX = 100

/**
 * Failures the service reports as an untyped error: 500 with an empty body (e.g. the channels service
 * refusing a connection is swallowed into `ErrClients`).
 */
class InternalError extends Error {}

/** A config as view and list answer it, with its channels' current names. */
export function configView(db: Database, rec: BootstrapRecord): z.input<typeof BootstrapConfig> {
  const client = db.clients.get(rec.id)
  const secret = client?.credentials?.secret
  const channels = channelsOf(db, rec)
  // viewRes (`bootstrap/api/responses.go`, v0.20.0): everything but external_id and state is omitempty.
  return {
    client_id: rec.id,
    ...(secret ? { client_secret: secret } : {}),
    ...(channels.length ? { channels } : {}),
    external_id: rec.external_id,
    ...(rec.external_key ? { external_key: rec.external_key } : {}),
    ...(rec.content ? { content: rec.content } : {}),
    ...(rec.name ? { name: rec.name } : {}),
    state: rec.state,
    ...(rec.client_cert ? { client_cert: rec.client_cert } : {}),
    ...(rec.ca_cert ? { ca_cert: rec.ca_cert } : {}),
  }
}

function channelsOf(db: Database, rec: BootstrapRecord) {
  return rec.channels.flatMap((id) => {
    const channel = db.channels.get(id)
    return channel
      ? [{ id, ...(channel.name ? { name: channel.name } : {}), ...(channel.metadata ? { metadata: channel.metadata } : {}) }]
      : []
  })
}

/**
 * The service's event handlers drop a config when its client is removed and a channel from every
 * config when the channel is removed; the mock applies those effects lazily, before each request.
 */
function applyRemovals(db: Database, domainId: string) {
  for (const rec of db.bootstraps.allIn(domainId)) {
    if (!db.clients.get(rec.id)) {
      db.bootstraps.remove(rec.id)
      continue
    }
    const channels = rec.channels.filter((id) => db.channels.get(id))
    if (channels.length !== rec.channels.length) db.bootstraps.put({ ...rec, channels })
  }
}

function domainCtx(c: Ctx): DomainCtx {
  const ctx = inDomain(c)
  applyRemovals(ctx.db, ctx.domain.id)
  return ctx
}

/** The service authorizes on the client before it looks the config up (403 before 404). */
function requireConfig(ctx: DomainCtx, action: ClientAction): BootstrapRecord {
  const id = ctx.params.configID
  if (!ctx.db.access.can(ctx.user.id, ctx.domain.id, 'client', id, action)) throw fail.forbidden()
  const rec = ctx.db.bootstraps.getIn(ctx.domain.id, id)
  if (!rec) throw fail.notFound()
  return rec
}

const unique = (ids: string[]) => [...new Set(ids)]

/** Channels are fetched from the channels service one by one; an unknown one fails the request. */
function requireChannels(ctx: DomainCtx, ids: string[]) {
  for (const id of ids) {
    if (!id) throw fail.badRequest('missing entity id')
    if (!ctx.db.channels.getIn(ctx.domain.id, id)) throw fail.badRequest('malformed entity specification')
  }
}

const journal = (ctx: DomainCtx) => ({ userId: ctx.user.id, domainId: ctx.domain.id })

/**
 * Connects or disconnects through the channels service with the user's token: both ends must be
 * enabled and the user allowed to connect them, else the service fails with an untyped error.
 */
function changeConnections(ctx: DomainCtx, clientId: string, channelIds: string[], connect: boolean) {
  if (channelIds.length === 0) return
  const { db } = ctx
  const client = db.clients.get(clientId)
  if (!client || !db.access.can(ctx.user.id, ctx.domain.id, 'client', clientId, 'connect_to_channel')) throw new InternalError()
  if (connect && client.status !== 'enabled') throw new InternalError()
  for (const id of channelIds) {
    const channel = db.channels.get(id)
    if (!channel || !db.access.can(ctx.user.id, ctx.domain.id, 'channel', id, 'connect_to_client')) throw new InternalError()
    if (connect && channel.status !== 'enabled') throw new InternalError()
  }
  for (const id of channelIds) {
    for (const type of BOTH) {
      if (connect) db.connections.add(clientId, id, type)
      else db.connections.remove(clientId, id, type)
    }
  }
  db.record(
    connect ? 'channel.connect' : 'channel.disconnect',
    { client_ids: [clientId], channel_ids: channelIds, types: ['publish', 'subscribe'] },
    journal(ctx),
  )
}

/** Undoes the client the create request made, as the service does when saving the config fails. */
function removeCreatedClient(ctx: DomainCtx, client: Client) {
  ctx.db.connections.removeClient(client.id)
  ctx.db.roles.removeEntity(client.id)
  ctx.db.clients.remove(client.id)
  ctx.db.record('client.remove', { id: client.id, name: client.name }, journal(ctx))
}

/** Route handlers that may fail with the service's empty 500. */
function guarded(handler: (c: Ctx) => Response | Promise<Response>) {
  return async (c: Ctx) => {
    try {
      return await handler(c)
    } catch (error) {
      if (error instanceof InternalError) return emptyStatus(500)
      throw error
    }
  }
}

function readState(q: ReturnType<typeof queryOf>): BootstrapState | undefined {
  const raw = q.string('state')
  if (raw === undefined) return undefined
  if (!/^\d+$/.test(raw)) throw fail.badRequest('invalid query parameters')
  if (raw !== '0' && raw !== '1') throw fail.badRequest('invalid bootstrap state')
  return Number(raw) as BootstrapState
}

/** Bootstrap service, v0.20.0 configuration design (API-NOTES §7B). */
export function bootstrapHandlers() {
  return [
    route('get', '/:domainID/clients/configs', (c) => {
      const ctx = domainCtx(c)
      const q = queryOf(ctx.url)
      const offset = q.uint('offset', 0)
      const limit = q.uint('limit', 10)
      if (limit > LIMIT_MAX) throw fail.badRequest('invalid limit size')
      const state = readState(q)
      const name = q.string('name')?.toLowerCase()
      const externalId = q.string('external_id')
      const clientId = q.string('client_id')
      // Super-admins and domain admins see every config (bootstrap/middleware/authorization.go List).
      // Anyone else is sent through listClientIDs, which asks SpiceDB for the clients the user has
      // `view` on: schema.zed defines no `view` permission on clients, SpiceDB answers
      // FailedPrecondition, and that becomes errors.ErrMalformedEntity, a 400.
      if (!ctx.db.access.isDomainAdmin(ctx.user.id, ctx.domain.id)) throw fail.badRequest('malformed entity specification')
      const rows = ctx.db.bootstraps
        .allIn(ctx.domain.id)
        .filter(
          (rec) =>
            (state === undefined || rec.state === state) &&
            (!name || rec.name.toLowerCase().includes(name)) &&
            (!externalId || rec.external_id === externalId) &&
            (!clientId || rec.id === clientId),
        )
        // The service orders by the client id column.
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      const configs = rows.slice(offset, offset + limit).map((rec) => configView(ctx.db, rec))
      return json(BootstrapConfigsPage, { total: rows.length, offset, limit, configs })
    }),

    route(
      'post',
      '/:domainID/clients/configs',
      guarded(async (c) => {
        const ctx = domainCtx(c)
        const body = await readBody(ctx, BootstrapConfigCreate)
        // The service's own checks, in its order and with its statuses.
        if (!body.external_id) throw fail.badRequest('missing entity id')
        if (!body.external_key) throw fail.unauthorized('missing or invalid bearer entity key')
        if (!body.channels?.length) throw fail.badRequest('empty list provided')
        const channels = unique(body.channels)
        requireChannels(ctx, channels)

        let created: Client | undefined
        let client: Client
        // The client is fetched (or created) through the SDK with the caller's token; whatever the
        // clients service answers, a refusal or an unknown id, is wrapped in an untyped error: 500, no body.
        if (body.client_id) {
          const existing = ctx.db.clients.getIn(ctx.domain.id, body.client_id)
          if (!existing || !ctx.db.access.can(ctx.user.id, ctx.domain.id, 'client', existing.id, 'read')) throw new InternalError()
          client = existing
        } else {
          if (!ctx.db.access.canDomain(ctx.user.id, ctx.domain.id, 'client_create')) throw new InternalError()
          const id = randomUuid()
          created = newClient(ctx, { id, name: `Bootstrapped Client ${id}` }, new Date().toISOString())
          saveNew(ctx, created)
          client = created
        }

        // Saving fails on a taken external id or a client that already has a config (a unique violation:
        // repoerr.ErrConflict, wrapped in the ServiceError ErrAddBootstrap, so 422 with its message); the
        // client the request created is deleted again.
        if (ctx.db.bootstraps.byExternalId(body.external_id) || ctx.db.bootstraps.get(client.id)) {
          if (created) removeCreatedClient(ctx, created)
          throw fail.unprocessable('failed to add bootstrap configuration')
        }
        const rec: BootstrapRecord = {
          id: client.id,
          domain_id: ctx.domain.id,
          external_id: body.external_id,
          external_key: body.external_key,
          name: body.name ?? '',
          content: body.content ?? '',
          channels,
          state: 0,
          client_cert: body.client_cert ?? '',
          client_key: body.client_key ?? '',
          ca_cert: body.ca_cert ?? '',
        }
        ctx.db.bootstraps.put(rec)
        ctx.db.record(
          'bootstrap.config.create',
          { client_id: rec.id, external_id: rec.external_id, name: rec.name, channels, content: rec.content, state: rec.state },
          journal(ctx),
        )
        return new Response(null, { status: 201, headers: { Location: `/clients/configs/${rec.id}` } })
      }),
    ),

    route('get', '/:domainID/clients/configs/:configID', (c) => {
      const ctx = domainCtx(c)
      const rec = requireConfig(ctx, 'read')
      ctx.db.record('bootstrap.config.view', { client_id: rec.id, external_id: rec.external_id }, journal(ctx))
      return json(BootstrapConfig, configView(ctx.db, rec))
    }),

    route('put', '/:domainID/clients/configs/:configID', async (c) => {
      const ctx = domainCtx(c)
      const body = await readBody(ctx, BootstrapConfigUpdate)
      const rec = requireConfig(ctx, 'update')
      const updated = { ...rec, name: body.name ?? '', content: body.content ?? '' }
      ctx.db.bootstraps.put(updated)
      ctx.db.record('bootstrap.config.update', { client_id: rec.id, name: updated.name, content: updated.content }, journal(ctx))
      return new Response(null, { status: 200 })
    }),

    route('delete', '/:domainID/clients/configs/:configID', (c) => {
      const ctx = domainCtx(c)
      const id = ctx.params.configID
      if (!ctx.db.access.can(ctx.user.id, ctx.domain.id, 'client', id, 'delete')) throw fail.forbidden()
      // Only the config goes: the client and its connections stay (the service's Remove deletes one row).
      if (ctx.db.bootstraps.getIn(ctx.domain.id, id)) {
        ctx.db.bootstraps.remove(id)
        ctx.db.record('bootstrap.config.remove', { client_id: id }, journal(ctx))
      }
      return noContent()
    }),

    route('patch', '/:domainID/clients/configs/certs/:configID', async (c) => {
      const ctx = domainCtx(c)
      const body = await readBody(ctx, BootstrapCertsUpdate)
      const rec = requireConfig(ctx, 'update')
      // The service stores what it is given: it does not parse the certificates.
      const certs = { client_cert: body.client_cert ?? '', client_key: body.client_key ?? '', ca_cert: body.ca_cert ?? '' }
      ctx.db.bootstraps.put({ ...rec, ...certs })
      // Like the service's event, this carries the key; the journal strips it.
      ctx.db.record('bootstrap.cert.update', { client_id: rec.id, ...certs }, journal(ctx))
      return json(BootstrapCertsResponse, { client_id: rec.id, ...certs })
    }),

    route(
      'put',
      '/:domainID/clients/configs/connections/:configID',
      guarded(async (c) => {
        const ctx = domainCtx(c)
        const body = await readBody(ctx, BootstrapConnectionsUpdate)
        const rec = requireConfig(ctx, 'update')
        const channels = unique(body.channels ?? [])
        requireChannels(ctx, channels)
        if (rec.state === BOOTSTRAP_ACTIVE) {
          changeConnections(
            ctx,
            rec.id,
            channels.filter((id) => !rec.channels.includes(id)),
            true,
          )
          changeConnections(
            ctx,
            rec.id,
            rec.channels.filter((id) => !channels.includes(id)),
            false,
          )
        }
        ctx.db.bootstraps.put({ ...rec, channels })
        ctx.db.record('bootstrap.client.update_connections', { client_id: rec.id, channels }, journal(ctx))
        return new Response(null, { status: 200 })
      }),
    ),

    route(
      'put',
      '/:domainID/clients/state/:configID',
      guarded(async (c) => {
        const ctx = domainCtx(c)
        const body = await readBody(ctx, BootstrapStateUpdate)
        // ChangeState has no authorization of its own (v0.20.0 middleware passes it through): an unknown
        // config is 404, the same state is a 200 no-op, and a change connects or disconnects with the
        // caller's token, so a caller without the rights meets the channels service's refusal as a 500.
        const rec = ctx.db.bootstraps.getIn(ctx.domain.id, ctx.params.configID)
        if (!rec) throw fail.notFound()
        if (rec.state !== body.state) {
          changeConnections(ctx, rec.id, rec.channels, body.state === BOOTSTRAP_ACTIVE)
          ctx.db.bootstraps.put({ ...rec, state: body.state })
        }
        ctx.db.record('bootstrap.client.change_state', { client_id: rec.id, state: body.state }, journal(ctx))
        return new Response(null, { status: 200 })
      }),
    ),

    // Device-facing: no domain, no user; the external key is the credential.
    route('get', '/clients/bootstrap/:externalID', (c) => {
      const header = c.request.headers.get('authorization') ?? ''
      const key = header.startsWith('Client ') ? header.slice(7).trim() : ''
      if (!key) throw fail.unauthorized('missing or invalid bearer entity key')
      const externalId = c.params.externalID
      const rec = c.db.bootstraps.byExternalId(externalId)
      const outcome = (success: boolean) =>
        c.db.record(
          'bootstrap.client.bootstrap',
          { external_id: externalId, ...(rec ? { client_id: rec.id } : {}), success },
          { domainId: rec?.domain_id },
        )
      if (!rec || !c.db.clients.get(rec.id)) {
        outcome(false)
        // ErrBootstrap wraps the repository's NotFoundError, whose message is the one that shows.
        throw fail.notFound()
      }
      if (rec.external_key !== key) {
        outcome(false)
        throw fail.forbidden('failed to get bootstrap configuration for given external key')
      }
      // v0.20.0 does not look at the state: an inactive configuration is served too (the 500 for a
      // disabled one is v0.30.0's). bootstrapRes: channels a nil slice (`null`) when there are none,
      // content and certificates omitempty.
      outcome(true)
      const channels = channelsOf(c.db, rec)
      return json(DeviceBootstrapResponse, {
        client_id: rec.id,
        client_secret: c.db.clients.get(rec.id)?.credentials?.secret ?? '',
        channels: channels.length ? channels : null,
        ...(rec.content ? { content: rec.content } : {}),
        ...(rec.client_cert ? { client_cert: rec.client_cert } : {}),
        ...(rec.client_key ? { client_key: rec.client_key } : {}),
        ...(rec.ca_cert ? { ca_cert: rec.ca_cert } : {}),
      })
    }),
  ]
}
