import type { Channel, Client } from '../../src/api/schemas'
import type { BootstrapRecord } from '../db/bootstrap-store'
import type { Database, DomainRecord, UserRecord } from '../db/database'
import type { Random } from '../db/random'
import { DEMO_CA_CERT, DEMO_DEVICE_CERTS } from './certs'

type Note = (t: number, operation: string, attributes: Record<string, unknown>) => void

export type BootstrapSeed = {
  domain: DomainRecord
  clients: Client[]
  channels: Channel[]
  operator: UserRecord
  anchor: number
  note: Note
}

const DAY = 86_400_000
const HOUR = 3_600_000
const CONFIGS = 8

const pairs = (hex: string) => hex.match(/../g) ?? []
const macAddress = (random: Random) => pairs(random.hex(12)).join(':')

/** A PEM block with its base64 body wrapped at 64 columns. */
function pemBlock(label: string, bytes: number[]) {
  const body = btoa(String.fromCharCode(...bytes))
    .replace(/(.{64})/g, '$1\n')
    .trim()
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`
}

/** An SEC1 EC P-256 key layout filled with random bytes: well-formed, but no one's real key. */
function demoDeviceKey(random: Random) {
  const bytes = (n: number) => pairs(random.hex(n * 2)).map((h) => parseInt(h, 16))
  const oid = [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07]
  const der = [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20, ...bytes(32), 0xa0, 0x0a, ...oid, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04, ...bytes(64)]
  return pemBlock('EC PRIVATE KEY', der)
}

function deviceContent(random: Random, client: Client, index: number): string {
  const site = String(client.metadata?.site ?? 'Acme')
  if (index % 4 === 3) {
    // Not every device reads JSON: some take a plain key=value file.
    return [
      `site=${site}`,
      `report_interval=${random.pick([15, 30, 60])}`,
      `log_level=${random.pick(['info', 'warn'])}`,
      'ntp=pool.ntp.org',
    ].join('\n')
  }
  return JSON.stringify(
    {
      mqtt: { host: 'mqtt.acme-industrial.example', port: 8883, tls: true, keepalive_s: 60 },
      telemetry: { interval_s: random.pick([10, 30, 60]), buffer_max: random.pick([500, 1000]) },
      site,
      firmware_channel: random.pick(['stable', 'stable', 'beta']),
    },
    null,
    2,
  )
}

/**
 * A handful of bootstrap configurations in the main domain: gateways first, some enabled (connected to
 * their channels both ways), some waiting to be enabled, some with certificates. The generator passes
 * its own PRNG stream, so adding these leaves the rest of the seed unchanged.
 */
export function seedBootstraps(db: Database, random: Random, s: BootstrapSeed) {
  // Gateways first, then other devices, in seed order; the scan stops once enough gateways are found.
  const gateways: Client[] = []
  const others: Client[] = []
  for (const c of s.clients) {
    if (gateways.length >= CONFIGS) break
    if (c.status !== 'enabled' || c.tags?.includes('application') || !c.metadata?.site) continue
    if (c.tags?.includes('gateway')) gateways.push(c)
    else if (others.length < CONFIGS) others.push(c)
  }
  const picked = [...gateways, ...others].slice(0, CONFIGS)
  const channelNamed = (name: string) => s.channels.find((c) => c.name === name && c.status === 'enabled')
  const who = { domain: s.domain.id, user_id: s.operator.id }

  picked.forEach((client, index) => {
    const site = String(client.metadata?.site)
    const channels = [
      channelNamed(`${site} Telemetry`),
      channelNamed('Commands'),
      ...(index % 2 === 0 ? [channelNamed('Firmware Updates')] : []),
    ]
      .filter((c): c is Channel => Boolean(c))
      .map((c) => c.id)
    if (channels.length === 0) return
    const withCerts = index < 3
    const enabled = index % 3 !== 2
    const rec: BootstrapRecord = {
      id: client.id,
      domain_id: s.domain.id,
      external_id: macAddress(random),
      external_key: random.hex(32),
      name: client.name ?? '',
      content: deviceContent(random, client, index),
      channels,
      state: enabled ? 1 : 0,
      client_cert: withCerts ? DEMO_DEVICE_CERTS[index % DEMO_DEVICE_CERTS.length] : '',
      client_key: withCerts ? demoDeviceKey(random) : '',
      ca_cert: withCerts ? DEMO_CA_CERT : '',
    }
    db.bootstraps.put(rec)

    const created = Date.parse(client.created_at)
    const at = Math.max(created + 60_000, Math.min(created + 2 * DAY, s.anchor - (index + 2) * HOUR))
    s.note(at, 'bootstrap.config.create', { client_id: rec.id, external_id: rec.external_id, name: rec.name, channels, state: 0, ...who })
    if (withCerts)
      s.note(at + HOUR / 2, 'bootstrap.cert.update', { client_id: rec.id, client_cert: rec.client_cert, ca_cert: rec.ca_cert, ...who })
    if (enabled) {
      for (const channelId of channels) {
        db.connections.add(client.id, channelId, 'Publish')
        db.connections.add(client.id, channelId, 'Subscribe')
      }
      s.note(at + HOUR, 'channel.connect', { client_ids: [client.id], channel_ids: channels, types: ['publish', 'subscribe'], ...who })
      s.note(at + HOUR, 'bootstrap.client.change_state', { client_id: rec.id, state: 1, ...who })
    }
  })
}
