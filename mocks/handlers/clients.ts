import {
  Client,
  ClientsBulkResponse,
  ClientsPage,
  ClientBulkCreate,
  ClientCreate,
  ClientSecretUpdate,
  ClientTagsUpdate,
  ClientUpdate,
  SetParentRequest,
  ZERO_TIME,
} from '../../src/api/schemas'
import type { ClientAction } from '../db/actions'
import { authorized, listAccess } from './access-view'
import { randomUuid } from '../db/random'
import { emptyStatus, fail, inDomain, json, noContent, queryOf, readBody, route, type Ctx, type DomainCtx } from './kit'
import { entityListQuery, pageBody } from './list-query'
import { saveNewEntity } from './new-entity'

/** A row of the clients list: the client with the caller's access for non-super-admins. */
export function clientRow(client: Client, ctx: DomainCtx, extra: Partial<Client> = {}): Client {
  return { ...client, ...extra, ...listAccess(ctx, 'client', client.id) }
}

/** The client in the path's domain, once the caller may do `action` on it (403 before 404, see `authorized`). */
export function requireClient(ctx: DomainCtx, action: ClientAction, id = ctx.params.clientID): Client {
  return authorized(ctx, 'client', ctx.db.clients.getIn(ctx.domain.id, id), action)
}

function requireCreate(ctx: DomainCtx) {
  if (!ctx.db.access.canDomain(ctx.user.id, ctx.domain.id, 'client_create')) {
    throw fail.forbidden()
  }
}

/** Updates (other than enable) only touch enabled clients: the SQL has `WHERE status = enabled`. */
function requireEnabled(client: Client) {
  if (client.status !== 'enabled') throw fail.notFound()
}

export function newClient(ctx: DomainCtx, body: ClientCreate, now: string): Client {
  return {
    id: body.id ?? randomUuid(),
    ...(body.name ? { name: body.name } : {}),
    ...(body.tags?.length ? { tags: body.tags } : {}),
    domain_id: ctx.domain.id,
    credentials: { identity: body.credentials?.identity ?? '', secret: body.credentials?.secret || randomUuid() },
    ...(body.metadata ? { metadata: body.metadata } : {}),
    ...(body.private_metadata ? { private_metadata: body.private_metadata } : {}),
    status: body.status ?? 'enabled',
    created_at: now,
    updated_at: ZERO_TIME,
  }
}

/** Stores a client with its built-in `admin` role (creator as member) and journals it. */
export function saveNew(ctx: DomainCtx, client: Client) {
  saveNewEntity(ctx, 'client', client, { created_at: client.created_at, roles_provisioned: true })
}

function checkSecretFree(ctx: DomainCtx, secret: string | undefined, exceptId?: string) {
  if (!secret) return
  const owner = ctx.db.clients.secretOwner(ctx.domain.id, secret)
  if (owner && owner !== exceptId) throw fail.conflict('client key is not available')
}

function checkIdFree(ctx: DomainCtx, id: string | undefined) {
  if (id && ctx.db.clients.get(id)) throw fail.unprocessable('failed to create entity')
}

/** Clients service. */
export function clientHandlers() {
  const mutate = (c: Ctx, action: ClientAction, change: (client: Client, ctx: DomainCtx) => Partial<Client>) => {
    const ctx = inDomain(c)
    const client = requireClient(ctx, action)
    requireEnabled(client)
    const updated: Client = { ...client, ...change(client, ctx), updated_at: new Date().toISOString(), updated_by: ctx.user.id }
    ctx.db.clients.put(updated)
    return { ctx, updated }
  }

  return [
    route('get', '/:domainID/clients', (c) => {
      const ctx = inDomain(c)
      const q = queryOf(ctx.url)
      const query = entityListQuery<Client>(q)
      const channel = q.string('channel')
      const readable = ctx.db.access.readable(ctx.user.id, ctx.domain.id, 'client')
      const { connections } = ctx.db
      // `group=<id>`: clients anywhere under that group; `group=` (empty): clients without a parent.
      const under = query.group ? ctx.db.groupAndDescendants(ctx.domain.id, query.group) : null
      const noParent = query.group === null
      query.group = undefined
      // Only when something narrows the list: a plain page can then be answered from the store's counts.
      if (readable || channel || under || noParent)
        query.where = (row) =>
          (!readable || readable(row)) &&
          (!channel || connections.isClientConnected(row.id, channel)) &&
          (!under || under.has(row.parent_group_id ?? '')) &&
          (!noParent || !row.parent_group_id)
      const { total, rows } = ctx.db.clients.query(ctx.domain.id, query)
      if (q.bool('only_total')) return json(ClientsPage, { total })
      const superAdmin = ctx.db.access.isSuperAdmin(ctx.user.id)
      const clients = rows.map((row) => {
        const extra = channel ? { connection_types: connections.types(row.id, channel) } : {}
        const view = clientRow(row, ctx, extra)
        // The super-admin list query does not select the secret.
        return superAdmin ? { ...view, credentials: { identity: row.credentials?.identity } } : view
      })
      return json(ClientsPage, pageBody('clients', total, query.offset, query.limit, clients))
    }),

    route('post', '/:domainID/clients', async (c) => {
      const ctx = inDomain(c)
      requireCreate(ctx)
      const body = await readBody(ctx, ClientCreate)
      checkIdFree(ctx, body.id)
      checkSecretFree(ctx, body.credentials?.secret)
      const client = newClient(ctx, body, new Date().toISOString())
      saveNew(ctx, client)
      // The created client, as saved: access fields belong to list rows only.
      return json(Client, client, { status: 201, headers: { Location: `/clients/${client.id}` } })
    }),

    route('post', '/:domainID/clients/bulk', async (c) => {
      const ctx = inDomain(c)
      requireCreate(ctx)
      const body = await readBody(ctx, ClientBulkCreate)
      // One multi-row INSERT: any conflict fails the whole batch.
      const seen = new Set<string>()
      for (const item of body) {
        const secret = item.credentials?.secret
        if (secret && seen.has(secret)) throw fail.conflict('client key is not available')
        if (secret) seen.add(secret)
        checkIdFree(ctx, item.id)
        checkSecretFree(ctx, secret)
      }
      const now = new Date().toISOString()
      const clients = body.map((item) => newClient(ctx, item, now))
      for (const client of clients) saveNew(ctx, client)
      return json(ClientsBulkResponse, { total: clients.length, clients })
    }),

    route('get', '/:domainID/clients/:clientID', (c) => {
      const ctx = inDomain(c)
      const client = requireClient(ctx, 'read')
      const q = queryOf(ctx.url)
      ctx.db.record('client.view', { id: client.id, name: client.name }, { userId: ctx.user.id, domainId: ctx.domain.id })
      if (!q.bool('roles')) return json(Client, client)
      // RetrieveByIDWithRoles: the caller's roles on the client, its groups and its domain (each with the
      // role's stored actions), joined to the client; no role at all finds no row (404). Its SELECT leaves
      // out private_metadata.
      const roles = ctx.db.access.rolesOf(ctx.user.id, ctx.domain.id, 'client', client.id)
      if (!roles.length) throw fail.notFound()
      const { private_metadata: _private, ...rest } = client
      return json(Client, { ...rest, member_id: ctx.user.id, roles })
    }),

    route('patch', '/:domainID/clients/:clientID', async (c) => {
      const body = await readBody(c, ClientUpdate)
      const { ctx, updated } = mutate(c, 'update', (client) => ({
        name: body.name || client.name,
        ...(body.metadata ? { metadata: body.metadata } : {}),
        ...(body.private_metadata ? { private_metadata: body.private_metadata } : {}),
      }))
      ctx.db.record(
        'client.update',
        { id: updated.id, name: updated.name, updated_at: updated.updated_at, updated_by: ctx.user.id, changed: Object.keys(body) },
        { userId: ctx.user.id, domainId: ctx.domain.id, metadata: body.metadata },
      )
      return json(Client, updated)
    }),

    route('patch', '/:domainID/clients/:clientID/tags', async (c) => {
      const body = await readBody(c, ClientTagsUpdate)
      const tags = [...new Set(body.tags.map((t) => t.trim()).filter(Boolean))]
      const { ctx, updated } = mutate(c, 'update', () => ({ tags }))
      ctx.db.record(
        'client.update_tags',
        { id: updated.id, tags, updated_at: updated.updated_at, updated_by: ctx.user.id },
        { userId: ctx.user.id, domainId: ctx.domain.id },
      )
      return json(Client, withoutSecret(updated))
    }),

    route('patch', '/:domainID/clients/:clientID/secret', async (c) => {
      const body = await readBody(c, ClientSecretUpdate)
      const ctx = inDomain(c)
      checkSecretFree(ctx, body.secret, ctx.params.clientID)
      const { updated } = mutate(c, 'update', (client) => ({ credentials: { ...client.credentials, secret: body.secret } }))
      ctx.db.record(
        'client.update_secret',
        { id: updated.id, updated_at: updated.updated_at, updated_by: ctx.user.id },
        { userId: ctx.user.id, domainId: ctx.domain.id },
      )
      // The new secret is not echoed back (the SQL RETURNING list omits it).
      return json(Client, withoutSecret(updated))
    }),

    ...(['enable', 'disable'] as const).map((action) =>
      route('post', `/:domainID/clients/:clientID/${action}`, (c) => {
        const ctx = inDomain(c)
        const client = requireClient(ctx, 'update')
        const status = action === 'enable' ? 'enabled' : 'disabled'
        if (client.status === status) throw fail.unprocessable('status already assigned')
        const updated: Client = { ...client, status, updated_at: new Date().toISOString(), updated_by: ctx.user.id }
        ctx.db.clients.put(updated)
        ctx.db.record(
          `client.${action}`,
          { id: client.id, status, updated_at: updated.updated_at, updated_by: ctx.user.id },
          { userId: ctx.user.id, domainId: ctx.domain.id },
        )
        return json(Client, withoutSecret(updated))
      }),
    ),

    route('post', '/:domainID/clients/:clientID/parent', async (c) => {
      const body = await readBody(c, SetParentRequest)
      const ctx = inDomain(c)
      const client = requireClient(ctx, 'set_parent_group')
      const group = ctx.db.groups.get(body.parent_group_id)
      if (!group) throw fail.notFound()
      if (group.domain_id !== ctx.domain.id) throw fail.badRequest('parent group has invalid domain id')
      if (client.parent_group_id === group.id) throw fail.badRequest('client already assigned to the parent group')
      if (client.parent_group_id) throw fail.badRequest('client already have parent')
      if (group.status !== 'enabled') throw fail.badRequest('parent group is not enabled')
      ctx.db.clients.put({ ...client, parent_group_id: group.id, updated_at: new Date().toISOString(), updated_by: ctx.user.id })
      ctx.db.record('client.set_parent', { id: client.id, parent_group_id: group.id }, { userId: ctx.user.id, domainId: ctx.domain.id })
      // The real service answers 200 with no body.
      return emptyStatus(200)
    }),

    route('delete', '/:domainID/clients/:clientID/parent', (c) => {
      const ctx = inDomain(c)
      const client = requireClient(ctx, 'set_parent_group')
      if (client.parent_group_id) {
        const { parent_group_id: removed, ...rest } = client
        ctx.db.clients.put({ ...rest, updated_at: new Date().toISOString(), updated_by: ctx.user.id })
        ctx.db.record('client.remove_parent', { id: client.id, parent_group_id: removed }, { userId: ctx.user.id, domainId: ctx.domain.id })
      }
      return noContent()
    }),

    route('delete', '/:domainID/clients/:clientID', (c) => {
      const ctx = inDomain(c)
      const client = requireClient(ctx, 'delete')
      ctx.db.connections.removeClient(client.id)
      ctx.db.roles.removeEntity(client.id)
      ctx.db.clients.remove(client.id)
      ctx.db.record('client.remove', { id: client.id, name: client.name }, { userId: ctx.user.id, domainId: ctx.domain.id })
      return noContent()
    }),
  ]
}

function withoutSecret(client: Client): Client {
  return { ...client, credentials: { identity: client.credentials?.identity } }
}
