import { HttpResponse } from 'msw'
import type { ConnectionType, StoredMessage } from '../../src/api/schemas'
import { MESSAGES_LIMIT_MAX, MessagesPage, PublishAccepted, subtopicProblem } from '../../src/api/schemas/message'
import { checkSenml } from '../../src/api/schemas/senml'
import type { Database } from '../db/database'
import { authorized } from './access-view'
import { fail, inDomain, json, route, type Ctx, type MockRoute } from './kit'

/** FluxMQ answers with Go's `http.Error`: plain text and a newline, never JSON (server/http/server.go). */
const plainError = (status: number, text: string) =>
  new HttpResponse(`${text}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  })

/** `Authorization: Basic base64(clientID:secret)`, as FluxMQ reads it; null without one. */
function basicCredentials(request: Request): { id: string; secret: string } | null {
  const header = request.headers.get('authorization') ?? ''
  if (!/^Basic /i.test(header)) return null
  let decoded: string
  try {
    decoded = new TextDecoder().decode(Uint8Array.from(atob(header.slice(6).trim()), (c) => c.charCodeAt(0)))
  } catch {
    return null
  }
  const colon = decoded.indexOf(':')
  return colon < 0 ? null : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) }
}

/** The enabled client with this id and secret (clients/postgres RetrieveBySecret: `secret AND id AND enabled`). */
export function authenticateClient(db: Database, id: string, secret: string) {
  const client = db.clients.get(id)
  return client && client.status === 'enabled' && client.credentials?.secret === secret ? client : undefined
}

/** fluxmq-auth's Authorize: the domain and channel enabled, and the client connected to the channel as `type`. */
export function mayUse(db: Database, domainId: string, clientId: string, channelId: string, type: ConnectionType) {
  const domain = db.domains.get(domainId)
  const channel = db.channels.getIn(domainId, channelId)
  return domain?.status === 'enabled' && channel?.status === 'enabled' && db.connections.has(clientId, channelId, type)
}

/** Relative SenML times (below 2^28 s) count from the time of receipt (pkg/transformers/senml). */
const RELATIVE_TIME_MAX = 2 ** 28

/** What the writers store from an accepted SenML pack: the resolved records, one message each. */
export function senmlToMessages(
  payload: string,
  meta: { channel: string; subtopic: string; publisher: string; protocol: string },
  receivedMs: number,
): StoredMessage[] {
  if (!checkSenml(payload).ok) return []
  const records = JSON.parse(payload) as Record<string, unknown>[]
  let baseName = ''
  let baseTime = 0
  let baseUnit = ''
  let baseValue = 0
  return records.map((r) => {
    if (typeof r.bn === 'string' && r.bn) baseName = r.bn
    if (typeof r.bt === 'number' && r.bt) baseTime = r.bt
    if (typeof r.bu === 'string' && r.bu) baseUnit = r.bu
    if (typeof r.bv === 'number' && r.bv) baseValue = r.bv
    const t = baseTime + ((r.t as number | undefined) ?? 0)
    const seconds = t === 0 ? receivedMs / 1000 : t < RELATIVE_TIME_MAX ? receivedMs / 1000 + t : t
    const message: StoredMessage = {
      ...meta,
      name: baseName + ((r.n as string | undefined) ?? ''),
      time: seconds * 1e9,
    }
    const unit = (r.u as string | undefined) || baseUnit
    if (unit) message.unit = unit
    if (typeof r.v === 'number') message.value = r.v + baseValue
    if (typeof r.vs === 'string') message.string_value = r.vs
    if (typeof r.vb === 'boolean') message.bool_value = r.vb
    if (typeof r.vd === 'string') message.data_value = r.vd
    if (typeof r.s === 'number') message.sum = r.s
    return message
  })
}

export type PublishMeta = { domainId: string; channelId: string; subtopic: string; publisher: string; protocol: 'http' | 'mqtt' }

/**
 * What follows a publish the broker accepted, whichever protocol brought it: the channel's subscribers get it, the
 * writers store it on a channel with a save rule, and the journal counts it for the telemetry.
 */
export function acceptPublish(db: Database, meta: PublishMeta, payload: Uint8Array) {
  const now = Date.now()
  const { domainId, channelId, subtopic, publisher, protocol } = meta
  db.messages.announce(`m/${domainId}/c/${channelId}${subtopic ? `/${subtopic}` : ''}`, payload)
  if (db.messages.hasSaveRule(channelId)) {
    const stored = { channel: channelId, subtopic, publisher, protocol }
    for (const message of senmlToMessages(new TextDecoder().decode(payload), stored, now)) db.messages.store(message)
  }
  const subscribers = [...db.connections.clientsOf(channelId)].filter(([, t]) => t.includes('Subscribe')).map(([id]) => id)
  db.messages.countPublish(publisher, subscribers, now)
  // Not a table change, but the demo saves its state on one: a reload keeps the test messages and counts.
  db.changes.notify()
}

/**
 * FluxMQ's HTTP adapter (behind nginx's `/http/`): `POST /m/<domainID>/c/<channelID>[/<subtopic>]` with a raw body and
 * Basic `clientID:secret`. 401 for missing or wrong credentials, 403 unless connected as Publish, 200 `{"status":"ok"}`
 * whatever the body. What it accepts reaches the readers only on a channel with a save rule (and only valid SenML, as
 * the writers drop the rest without a word); the journal counts it for the client's telemetry. Magistrala v0.30 writes
 * no journal entry for a publish: `pkg/messaging/events` is wired into no service.
 */
export function httpAdapterHandlers(prefix: string): MockRoute[] {
  const publish: MockRoute = {
    method: 'POST',
    pattern: new RegExp(`^${prefix}/m/([^/]+)/c/([^/]+)((?:/[^/]*)*)$`),
    names: ['domainID', 'channelID', 'subtopic'],
    handler: async ({ request, url, params, db }: Ctx) => {
      const credentials = basicCredentials(request)
      const client = credentials && authenticateClient(db, credentials.id, credentials.secret)
      if (!client) return plainError(401, 'unauthorized')
      const subtopic = params.subtopic.replace(/^\/+|\/+$/g, '')
      if (subtopicProblem(subtopic) || !mayUse(db, params.domainID, client.id, params.channelID, 'Publish')) {
        return plainError(403, 'forbidden')
      }
      const qos = url.searchParams.get('qos')
      const retain = url.searchParams.get('retain')
      if (qos !== null && !/^[0-2]$/.test(qos)) return plainError(400, 'invalid qos')
      if (retain !== null && retain !== 'true' && retain !== 'false') return plainError(400, 'invalid retain')

      const payload = new Uint8Array(await request.arrayBuffer())
      acceptPublish(
        db,
        { domainId: params.domainID, channelId: params.channelID, subtopic, publisher: client.id, protocol: 'http' },
        payload,
      )
      return json(PublishAccepted, { status: 'ok' })
    },
  }
  return [publish]
}

/** A readers query number (apiutil.ReadNumQuery[float64]): 400 when it is not one. */
function numberParam(url: URL, name: string, fallback: number) {
  const raw = url.searchParams.get(name)
  if (raw === null || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value)) throw fail.badRequest('invalid query parameters')
  return value
}

/**
 * The readers' `GET /{domainID}/channels/{chanID}/messages` (readers/api/http): a Bearer user needs subscribe permission
 * on the channel, a `Client <secret>` key must belong to a client of the domain connected as Subscribe. Exact-match
 * filters, `time >= from AND time < to` in Unix ns, newest first; `messages: null` when nothing was ever stored.
 */
export function readerHandlers(): MockRoute[] {
  return [
    route('get', '/:domainID/channels/:chanID/messages', (ctx) => {
      const { url, db, params } = ctx
      const limit = numberParam(url, 'limit', 10)
      const offset = numberParam(url, 'offset', 0)
      const header = ctx.request.headers.get('authorization') ?? ''
      if (!header) throw fail.unauthorized()
      if (!Number.isInteger(limit) || limit < 1 || limit > MESSAGES_LIMIT_MAX) throw fail.badRequest('invalid limit size')
      if (!Number.isInteger(offset) || offset < 0) throw fail.badRequest('invalid query parameters')
      if (/^Client /i.test(header)) {
        const clientId = db.clients.secretOwner(params.domainID, header.slice(7).trim())
        if (!clientId || !mayUse(db, params.domainID, clientId, params.chanID, 'Subscribe')) throw fail.forbidden()
      } else {
        const domainCtx = inDomain(ctx)
        authorized(domainCtx, 'channel', db.channels.getIn(params.domainID, params.chanID), 'subscribe')
      }
      const filters = {
        subtopic: url.searchParams.get('subtopic') || undefined,
        publisher: url.searchParams.get('publisher') || undefined,
        protocol: url.searchParams.get('protocol') || undefined,
        name: url.searchParams.get('name') || undefined,
      }
      const from = numberParam(url, 'from', 0)
      const to = numberParam(url, 'to', 0)
      const echo = {
        offset,
        limit,
        format: 'messages',
        order: 'time',
        dir: 'desc',
        ...filters,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      }
      const stored = db.messages.of(params.chanID)
      if (!stored) return json(MessagesPage, { offset: 0, limit: 0, total: 0, messages: null })
      const matching: StoredMessage[] = []
      // Stored oldest first: walking backwards gives newest first.
      for (let i = stored.length - 1; i >= 0; i--) {
        const m = stored[i]
        const time = m.time ?? 0
        if (from && time < from) continue
        if (to && time >= to) continue
        if (filters.subtopic !== undefined && m.subtopic !== filters.subtopic) continue
        if (filters.publisher !== undefined && m.publisher !== filters.publisher) continue
        if (filters.protocol !== undefined && m.protocol !== filters.protocol) continue
        if (filters.name !== undefined && m.name !== filters.name) continue
        matching.push(m)
      }
      return json(MessagesPage, { ...echo, total: matching.length, messages: matching.slice(offset, offset + limit) })
    }),
  ]
}
