import { describe, expect, it } from 'vitest'
import { Database } from './database'
import { seedDatabase } from '../seed/generate'

describe('seed', () => {
  it('is deterministic for a given seed', () => {
    const a = new Database()
    const b = new Database()
    seedDatabase(a, { seed: 7, anchor: 1_700_000_000_000 })
    seedDatabase(b, { seed: 7, anchor: 1_700_000_000_000 })
    const domain = a.domains.all()[0]
    expect(b.domains.get(domain.id)?.name).toBe(domain.name)
    expect([...a.clients.allIn(domain.id)].map((c) => c.id)).toEqual([...b.clients.allIn(domain.id)].map((c) => c.id))
  })

  it('seeds 100,000 clients', () => {
    const db = new Database()
    const t = performance.now()
    seedDatabase(db, { clients: 100_000 })
    const ms = performance.now() - t
    const acme = db.domains.all().find((d) => d.route === 'acme')!
    expect(db.clients.countIn(acme.id)).toBe(100_000)
    console.info(`seeded 100k in ${ms.toFixed(0)} ms, journal ${db.journal.size}`)
  })
})
