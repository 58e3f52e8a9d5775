import { describe, expect, it } from 'vitest'
import { seedDatabase } from '../seed/generate'
import { Database } from './database'

const ANCHOR = Date.parse('2026-11-01T12:00:00Z')

describe('seed', () => {
  it('is deterministic for a given seed', () => {
    const a = new Database()
    const b = new Database()
    seedDatabase(a, { seed: 7, anchor: ANCHOR })
    seedDatabase(b, { seed: 7, anchor: ANCHOR })
    const domain = a.domains.all()[0]
    expect(b.domains.get(domain.id)?.name).toBe(domain.name)
    expect([...a.clients.allIn(domain.id)].map((c) => c.id)).toEqual([...b.clients.allIn(domain.id)].map((c) => c.id))
    expect(a.journal.size).toBe(b.journal.size)
  })

  it('seeds a realistic demo: two domains, an admin, a read-only member, clients, channels and connections', () => {
    const db = new Database()
    seedDatabase(db, { anchor: ANCHOR })
    const acme = db.domains.all().find((d) => d.route === 'acme')!
    const admin = db.findUserByLogin('admin@example.com')!
    const viewer = db.findUserByLogin('viewer')!
    expect(db.domains.size).toBe(2)
    expect(db.access.isSuperAdmin(admin.id)).toBe(true)
    expect(db.access.canDomain(viewer.id, acme.id, 'client_read')).toBe(true)
    expect(db.access.canDomain(viewer.id, acme.id, 'client_create')).toBe(false)
    expect(db.clients.countIn(acme.id)).toBe(250)
    expect(db.domains.all().reduce((n, d) => n + db.channels.countIn(d.id), 0)).toBeGreaterThanOrEqual(40)
    const connected = [...db.clients.allIn(acme.id)].filter((c) => db.connections.channelsOf(c.id).size > 0)
    expect(connected.length).toBeGreaterThan(200)
    expect([...db.clients.allIn(acme.id)].some((c) => c.status === 'disabled')).toBe(true)
    expect(db.journal.size).toBeGreaterThan(500)
  })

  it("journals each client's creation as the client was then, even after its metadata changed", () => {
    const db = new Database()
    seedDatabase(db, { anchor: ANCHOR })
    const acme = db.domains.all().find((d) => d.route === 'acme')!
    const history = (id: string) => db.journal.query({ entityType: 'client', entityId: id, dir: 'asc', offset: 0, limit: 100 }).entries
    const updated = [...db.clients.allIn(acme.id)].find((c) => {
      const update = history(c.id).find((e) => e.operation === 'client.update')
      return update && update.metadata?.firmware !== history(c.id)[0].metadata?.firmware
    })!
    const [created] = history(updated.id)
    expect(created).toEqual({
      operation: 'client.create',
      occurred_at: updated.created_at,
      domain: '',
      attributes: {
        id: updated.id,
        name: updated.name,
        tags: updated.tags,
        status: 'enabled',
        created_at: updated.created_at,
        domain: acme.id,
        user_id: expect.any(String),
        roles_provisioned: true,
        token_type: 'access token',
      },
      metadata: { ...updated.metadata, firmware: expect.any(String) },
    })
    expect(created.metadata?.firmware).not.toBe(updated.metadata?.firmware)
    const creator = created.attributes!.user_id as string
    expect(db.roles.builtins?.creatorOf(updated.id)).toBe(creator)
    const mine = db.journal.query({ entityType: 'user', entityId: creator, operation: 'client.create', dir: 'asc', offset: 0, limit: 1000 })
    expect(mine.entries).toContainEqual(created)
  })

  it('seeds 100,000 clients that list queries can page through', () => {
    const db = new Database()
    seedDatabase(db, { clients: 100_000, anchor: ANCHOR })
    const acme = db.domains.all().find((d) => d.route === 'acme')!
    expect(db.clients.countIn(acme.id)).toBe(100_000)
    const everything = [...db.clients.allIn(acme.id)]
    const expected = everything
      .filter((c) => (c.name ?? '').toLowerCase().includes('cold room'))
      .sort((a, b) =>
        (a.name ?? '').toLowerCase() < (b.name ?? '').toLowerCase()
          ? -1
          : (a.name ?? '').toLowerCase() > (b.name ?? '').toLowerCase()
            ? 1
            : a.id < b.id
              ? -1
              : 1,
      )
    const page = db.clients.query(acme.id, { offset: 50, limit: 25, order: 'name', dir: 'asc', name: 'Cold Room', status: 'all' })
    expect(page.total).toBe(expected.length)
    expect(page.rows.map((c) => c.id)).toEqual(expected.slice(50, 75).map((c) => c.id))
  }, 60_000)
})
