import { ClientTelemetry, type Client } from '../../src/api/schemas'
import type { Database } from '../db/database'
import { fail, inDomain, json, route } from './kit'
import { requireClient } from './clients'
import { stableHash } from '../db/random'

const DAY = 86_400_000

/**
 * Simulated device activity, stable per client: most seeded devices report every few minutes, some
 * went quiet days ago, a few never connected; clients created in the demo have not connected yet.
 */
export function simulateTelemetry(db: Database, client: Client, now = Date.now()) {
  const created = Date.parse(client.created_at)
  if (created >= db.seedInfo.anchor) return null
  const h = stableHash(client.id)
  if (h % 10 === 0) return null
  const firstSeen = created + (h % 3600) * 1000
  let lastSeen: number
  if (client.status === 'disabled') lastSeen = Math.max(firstSeen, Date.parse(client.updated_at) || firstSeen)
  else if (h % 7 === 0) lastSeen = now - (1 + ((h >>> 3) % 20)) * DAY
  else lastSeen = now - ((h >>> 5) % 900) * 1000
  lastSeen = Math.max(lastSeen, firstSeen)
  const types = [...db.connections.channelsOf(client.id).values()]
  const publishes = types.filter((t) => t.includes('Publish')).length
  const subscriptions = types.filter((t) => t.includes('Subscribe')).length
  const days = Math.max(1, (lastSeen - firstSeen) / DAY)
  return {
    client_id: client.id,
    domain_id: client.domain_id,
    subscriptions,
    inbound_messages: subscriptions ? Math.round(days * subscriptions * (2 + ((h >>> 7) % 40))) : 0,
    outbound_messages: publishes ? Math.round(days * 24 * (1 + (h % 60))) : 0,
    first_seen: new Date(firstSeen).toISOString(),
    last_seen: new Date(lastSeen).toISOString(),
  }
}

/**
 * Adds what the mock's HTTP adapter accepted, as the journal's `messaging.client_publish` handling would (journal
 * service.go updateMessageCount): inbound for the publisher, which is also last seen; outbound for subscribers.
 */
function withPublishes(db: Database, client: Client, telemetry: ReturnType<typeof simulateTelemetry>) {
  const activity = db.messages.activityOf(client.id)
  if (!activity) return telemetry
  const lastSeen = activity.lastSeen ? new Date(activity.lastSeen).toISOString() : undefined
  const base = telemetry ?? {
    client_id: client.id,
    domain_id: client.domain_id,
    subscriptions: 0,
    inbound_messages: 0,
    outbound_messages: 0,
    first_seen: lastSeen ?? client.created_at,
    last_seen: lastSeen ?? client.created_at,
  }
  return {
    ...base,
    inbound_messages: base.inbound_messages + activity.inbound,
    outbound_messages: base.outbound_messages + activity.outbound,
    last_seen: lastSeen && lastSeen > base.last_seen ? lastSeen : base.last_seen,
  }
}

/** Journal service: per-client telemetry. */
export function telemetryHandlers() {
  return [
    route('get', '/:domainID/journal/client/:clientID/telemetry', (c) => {
      const ctx = inDomain(c)
      const client = requireClient(ctx, 'read')
      const telemetry = withPublishes(ctx.db, client, simulateTelemetry(ctx.db, client))
      if (!telemetry) throw fail.notFound()
      return json(ClientTelemetry, telemetry)
    }),
  ]
}
