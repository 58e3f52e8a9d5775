import { describe, expect, it } from 'vitest'
import { getClient, listClients } from '../../src/api/clients'
import { listChannels } from '../../src/api/channels'
import { listDomains } from '../../src/api/domains'
import { session } from '../../src/api/session'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../src/test/backend'
import { TEST_BASE_URL } from '../node'

const backend = setupTestBackend()

async function raw(path: string) {
  const res = await fetch(`${TEST_BASE_URL}${path}`, { headers: { authorization: `Bearer ${session.accessToken()}` } })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('GET /{domainID}/clients', () => {
  it('omits offset when 0 and the array when empty, like the Go services', async () => {
    await signInAs(ADMIN)
    const empty = await raw(`/${backend.domainId}/clients?name=no-such-client`)
    expect(empty.body).toEqual({ total: 0, limit: 10 })
    const second = await raw(`/${backend.domainId}/clients?offset=10&limit=5`)
    expect(second.body.offset).toBe(10)
  })

  it('hides disabled clients unless status=all or disabled', async () => {
    await signInAs(ADMIN)
    const all = await listClients(backend.domainId, { status: 'all', limit: 1 })
    const enabled = await listClients(backend.domainId, { limit: 1 })
    const disabled = await listClients(backend.domainId, { status: 'disabled', limit: 100 })
    expect(enabled.total + disabled.total).toBe(all.total)
    expect(disabled.clients.every((c) => c.status === 'disabled')).toBe(true)
  })

  it('searches by name, sorts, and pages consistently', async () => {
    await signInAs(ADMIN)
    const query = { name: 'sensor', status: 'all' as const, order: 'name' as const, dir: 'asc' as const }
    const first = await listClients(backend.domainId, { ...query, limit: 10 })
    const second = await listClients(backend.domainId, { ...query, limit: 10, offset: 10 })
    const names = [...first.clients, ...second.clients].map((c) => c.name!.toLowerCase())
    expect(names.every((n) => n.includes('sensor'))).toBe(true)
    expect(names).toEqual([...names].sort())
    expect(new Set([...first.clients, ...second.clients].map((c) => c.id)).size).toBe(20)
  })

  it('filters by tags with OR and AND, and by metadata', async () => {
    await signInAs(ADMIN)
    const any = await listClients(backend.domainId, { tags: 'gateway,camera', status: 'all', limit: 100 })
    expect(any.clients.every((c) => c.tags?.includes('gateway') || c.tags?.includes('camera'))).toBe(true)
    const both = await listClients(backend.domainId, { tags: 'sensor+temperature', status: 'all', limit: 100 })
    expect(both.total).toBeGreaterThan(0)
    expect(both.clients.every((c) => c.tags?.includes('sensor') && c.tags?.includes('temperature'))).toBe(true)
    const byModel = await listClients(backend.domainId, { metadata: { location: 'warehouse' }, status: 'all', limit: 100 })
    expect(byModel.total).toBeGreaterThan(0)
    expect(byModel.clients.every((c) => c.metadata?.location === 'warehouse')).toBe(true)
  })

  it('rejects bad parameters with the services messages', async () => {
    await signInAs(ADMIN)
    expect((await raw(`/${backend.domainId}/clients?order=color`)).body.message).toBe('invalid list order provided')
    expect((await raw(`/${backend.domainId}/clients?dir=up`)).body.message).toBe('invalid list direction provided')
    expect((await raw(`/${backend.domainId}/clients?limit=1&limit=2`)).body.message).toBe('invalid query parameters')
    expect((await raw(`/${backend.domainId}/clients?metadata=nope`)).status).toBe(400)
  })

  it('gives non-super-admins their access on each row', async () => {
    await signInAs(VIEWER)
    const page = await listClients(backend.domainId, { limit: 3 })
    // Through the domain role: no role_id or actions of the row's own, the providing role instead.
    for (const client of page.clients) {
      expect(client.access_type).toBe('domain')
      expect(client.actions).toBeUndefined()
      expect(client.access_provider_role_name).toBe('viewer')
      expect(client.access_provider_role_actions).toContain('client_read')
      expect(client.access_provider_role_actions).not.toContain('client_update')
    }
  })

  it('refuses a domain the user is not a member of', async () => {
    await signInAs(VIEWER)
    const other = backend.db.domains.all().find((d) => d.route === 'greenfield')!
    expect((await raw(`/${other.id}/clients`)).status).toBe(403)
    const mine = await listDomains()
    expect(mine.domains.map((d) => d.route)).toEqual(['acme'])
  })
})

describe('GET /{domainID}/clients/{id}', () => {
  it("returns the client with the caller's roles and journals the view", async () => {
    await signInAs(OPERATOR)
    const [row] = (await listClients(backend.domainId, { limit: 1 })).clients
    const before = backend.db.journal.size
    const client = await getClient(backend.domainId, row.id, { roles: true })
    expect(client.id).toBe(row.id)
    expect(client.credentials?.secret).toBeTruthy()
    expect(backend.db.journal.size).toBe(before + 1)
    expect(
      backend.db.journal.query({ entityType: 'client', entityId: row.id, operation: 'client.view', dir: 'desc', offset: 0, limit: 1 })
        .entries[0].attributes?.user_id,
    ).toBeTruthy()
  })
})

describe('GET /{domainID}/channels', () => {
  it("lists a client's channels with their connection types", async () => {
    await signInAs(ADMIN)
    const client = [...backend.db.clients.allIn(backend.domainId)].find((c) => backend.db.connections.channelsOf(c.id).size > 0)!
    const page = await listChannels(backend.domainId, { client: client.id, status: 'all', limit: 100 })
    expect(page.total).toBe(backend.db.connections.channelsOf(client.id).size)
    for (const channel of page.channels) expect(channel.connection_types?.length).toBeGreaterThan(0)
  })

  it('narrows by connection type', async () => {
    await signInAs(ADMIN)
    const client = [...backend.db.clients.allIn(backend.domainId)].find((c) =>
      [...backend.db.connections.channelsOf(c.id).values()].some((t) => t.includes('Subscribe')),
    )!
    const subscribed = await listChannels(backend.domainId, { client: client.id, connection_type: 'subscribe', status: 'all', limit: 100 })
    expect(subscribed.channels.every((c) => c.connection_types?.includes('Subscribe'))).toBe(true)
  })
})
