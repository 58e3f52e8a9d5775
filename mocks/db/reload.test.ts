import { describe, expect, it } from 'vitest'
import type { Client } from '../../src/api/schemas'
import { createMockBackend, type Overlay } from '../backend'
import { acceptPublish } from '../handlers/messaging'
import { CLIENT_ACTIONS } from './actions'
import type { Database } from './database'

const ANCHOR = Date.parse('2026-11-01T12:00:00Z')
const seeded = (overlay?: Overlay) => createMockBackend({ baseUrl: 'http://localhost/none', seed: { anchor: ANCHOR }, overlay }).db

/** What a reload must reproduce, read through the lazily built indexes too. */
function snapshot(db: Database, domainId: string, secrets: string[]) {
  const clients = [...db.clients.allIn(domainId)]
  const channels = [...db.channels.allIn(domainId)]
  const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1))
  return {
    clients,
    byName: db.clients
      .query(domainId, { offset: 0, limit: 1000, order: 'name', dir: 'asc', status: 'all', name: 'e' })
      .rows.map((c) => c.id),
    links: clients.map((c) => [c.id, [...db.connections.channelsOf(c.id)]]),
    byChannel: channels.map((c) => [c.id, sorted(db.connections.clientsOf(c.id))]),
    secrets: secrets.map((s) => db.clients.secretOwner(domainId, s)),
    roles: clients.map((c) => [c.id, db.roles.ofEntity(c.id)]),
    journal: db.journal.size,
  }
}

describe('a reload (seed, then the persisted changes)', () => {
  it('rebuilds the same clients, connections, secrets and roles, lazy indexes read or not', () => {
    const db = seeded()
    const acme = db.domains.all().find((d) => d.route === 'acme')!
    const [renamed, removed, disconnected, untouched] = [...db.clients.allIn(acme.id)].filter((c) => db.connections.channelsOf(c.id).size)
    const channel = [...db.channels.allIn(acme.id)].find((c) => c.status === 'enabled')!
    const secrets = [
      renamed.credentials!.secret!,
      'fresh-secret',
      'new-client-secret',
      removed.credentials!.secret!,
      untouched.credentials!.secret!,
    ]

    // Some indexes are read before the changes (built then kept up to date), others only after.
    expect(db.clients.secretOwner(acme.id, untouched.credentials!.secret!)).toBe(untouched.id)
    expect(db.connections.countClientsOf(channel.id)).toBeGreaterThan(0)

    const created: Client = {
      id: '0f0e0d0c-0b0a-4908-8706-050403020100',
      name: 'Reloaded Sensor',
      domain_id: acme.id,
      credentials: { identity: 'reloaded', secret: 'new-client-secret' },
      status: 'enabled',
      created_at: '2026-11-01T12:00:00.000Z',
      updated_at: '0001-01-01T00:00:00Z',
    }
    db.clients.insert(created)
    db.roles.put({
      id: 'client_reloadedAdmin',
      name: 'admin',
      entity_id: created.id,
      entity_type: 'client',
      domain_id: acme.id,
      actions: [...CLIENT_ACTIONS],
      members: ['someone'],
      created_by: 'someone',
      created_at: created.created_at,
      updated_by: '',
      updated_at: '0001-01-01T00:00:00Z',
    })
    db.connections.add(created.id, channel.id, 'Subscribe')
    db.clients.put({ ...renamed, name: 'Renamed Meter', credentials: { ...renamed.credentials, secret: 'fresh-secret' } })
    db.connections.removeClient(removed.id)
    db.roles.removeEntity(removed.id)
    db.clients.remove(removed.id)
    const [[firstChannel, types]] = db.connections.channelsOf(disconnected.id)
    for (const type of types) db.connections.remove(disconnected.id, firstChannel, type)
    db.record('client.update', { id: renamed.id, name: 'Renamed Meter' }, { domainId: acme.id })

    // As stored between page loads: JSON.
    const overlay: Overlay = JSON.parse(JSON.stringify({ changes: db.changes.toJSON(), journal: db.journal.appended() }))
    const after = snapshot(seeded(overlay), acme.id, secrets)
    expect(after).toEqual(snapshot(db, acme.id, secrets))
    expect(after.secrets).toEqual([undefined, renamed.id, created.id, undefined, untouched.id])
    expect(after.clients.map((c) => c.id)).not.toContain(removed.id)
    expect(after.byChannel.find(([id]) => id === channel.id)![1]).toContainEqual([created.id, ['Subscribe']])
  })

  it('keeps the messages stored since the seed and the publish counts (a demo’s test messages)', () => {
    const db = seeded()
    const acme = db.domains.all().find((d) => d.route === 'acme')!
    const channel = [...db.channels.allIn(acme.id)].find((c) => db.messages.hasSaveRule(c.id))!
    const [publisher] = [...db.connections.clientsOf(channel.id)].find(([, types]) => types.includes('Publish'))!
    const meta = { domainId: acme.id, channelId: channel.id, subtopic: 'room1', publisher, protocol: 'http' as const }
    acceptPublish(db, meta, new TextEncoder().encode('[{"n":"temperature","u":"Cel","v":23.75}]'))

    const overlay: Overlay = JSON.parse(
      JSON.stringify({ changes: db.changes.toJSON(), journal: db.journal.appended(), messages: db.messages.snapshot() }),
    )
    const reloaded = seeded(overlay)
    const mine = (d: Database) => d.messages.of(channel.id)!.filter((m) => m.value === 23.75 && m.publisher === publisher)
    expect(mine(reloaded)).toEqual(mine(db))
    expect(mine(reloaded)).toMatchObject([{ name: 'temperature', value: 23.75, publisher }])
    expect(reloaded.messages.activityOf(publisher)).toEqual(db.messages.activityOf(publisher))
  })
})
