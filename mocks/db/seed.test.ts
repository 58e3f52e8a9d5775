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
