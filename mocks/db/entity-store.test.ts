import { describe, expect, it } from 'vitest'
import type { Client } from '../../src/api/schemas'
import { ChangeLog } from './changes'
import { EntityStore, contains, type EntityQuery } from './entity-store'
import { createRandom } from './random'

const DOMAIN = 'd1'

function client(id: string, name: string, extra: Partial<Client> = {}): Client {
  return {
    id,
    name,
    domain_id: DOMAIN,
    status: 'enabled',
    created_at: `2026-01-0${id.slice(-1)}T00:00:00Z`,
    updated_at: '2026-02-01T00:00:00Z',
    ...extra,
  }
}

const base: EntityQuery<Client> = { offset: 0, limit: 10, order: 'name', dir: 'asc' }

function store(rows: Client[]) {
  const s = new EntityStore<Client>('clients', new ChangeLog())
  s.loadAll(rows)
  return s
}

const names = (rows: Client[]) => rows.map((r) => r.name)

describe('EntityStore.query', () => {
  const rows = [
    client('c1', 'Boiler Sensor', { tags: ['sensor', 'boiler'], metadata: { model: 'DS18B20', location: { site: 'A', floor: 2 } } }),
    client('c2', 'alpha gateway', { tags: ['gateway'], metadata: { model: 'UG65' } }),
    client('c3', 'Cold room sensor', { tags: ['sensor', 'cold'], status: 'disabled' }),
    client('c4', 'Dock camera', { tags: ['camera', 'sensor'] }),
  ]

  it('hides disabled rows unless asked, as Magistrala does', () => {
    expect(names(store(rows).query(DOMAIN, base).rows)).toEqual(['alpha gateway', 'Boiler Sensor', 'Dock camera'])
    expect(store(rows).query(DOMAIN, { ...base, status: 'all' }).total).toBe(4)
    expect(names(store(rows).query(DOMAIN, { ...base, status: 'disabled' }).rows)).toEqual(['Cold room sensor'])
  })

  it('filters by name substring, case-insensitively', () => {
    expect(names(store(rows).query(DOMAIN, { ...base, status: 'all', name: 'SENSOR' }).rows)).toEqual(['Boiler Sensor', 'Cold room sensor'])
  })

  it('filters tags with OR (a,b) and AND (a+b)', () => {
    const s = store(rows)
    expect(s.query(DOMAIN, { ...base, tags: { mode: 'any', values: ['gateway', 'camera'] } }).total).toBe(2)
    expect(names(s.query(DOMAIN, { ...base, tags: { mode: 'all', values: ['sensor', 'camera'] } }).rows)).toEqual(['Dock camera'])
  })

  it('filters metadata by JSON containment, nested included', () => {
    const s = store(rows)
    expect(names(s.query(DOMAIN, { ...base, metadata: { location: { site: 'A' } } }).rows)).toEqual(['Boiler Sensor'])
    expect(s.query(DOMAIN, { ...base, metadata: { model: 'nope' } }).total).toBe(0)
  })

  it('sorts both ways and pages with a correct total', () => {
    const s = store(rows)
    expect(names(s.query(DOMAIN, { ...base, dir: 'desc' }).rows)).toEqual(['Dock camera', 'Boiler Sensor', 'alpha gateway'])
    const page = s.query(DOMAIN, { ...base, status: 'all', order: 'created_at', offset: 1, limit: 2 })
    expect(page.total).toBe(4)
    expect(page.rows.map((r) => r.id)).toEqual(['c2', 'c3'])
  })

  it('keeps the sort order after a rename and a delete', () => {
    const s = store(rows)
    s.put({ ...rows[1], name: 'zulu gateway' })
    s.remove('c4')
    expect(names(s.query(DOMAIN, base).rows)).toEqual(['Boiler Sensor', 'zulu gateway'])
  })

  it('matches a brute-force sort after many random changes', () => {
    const random = createRandom(9)
    const s = store([])
    const live = new Map<string, Client>()
    for (let i = 0; i < 600; i++) {
      const id = `id${random.int(0, 150)}`
      if (live.has(id) && random.chance(0.25)) {
        s.remove(id)
        live.delete(id)
        continue
      }
      const row = client(id, `n${random.int(0, 40)}`, { updated_at: `2026-03-${String(random.int(10, 28))}T00:00:00Z` })
      if (live.has(id)) s.put(row)
      else s.insert(row)
      live.set(id, row)
    }
    const expected = [...live.values()].sort((a, b) =>
      a.updated_at < b.updated_at ? -1 : a.updated_at > b.updated_at ? 1 : a.id < b.id ? -1 : 1,
    )
    const got = s.query(DOMAIN, { ...base, order: 'updated_at', limit: 1000 }).rows
    expect(got.map((r) => r.id)).toEqual(expected.map((r) => r.id))
  })
})

describe('EntityStore.query against a brute-force filter and sort', () => {
  const random = createRandom(3)
  const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'omega']
  const day = () => `2026-0${random.int(1, 9)}-1${random.int(0, 9)}T00:00:00Z`
  const make = (i: number): Client =>
    client(`id${i}`, `${random.pick(WORDS)} ${random.pick(WORDS)} ${i % 97}`, {
      status: random.chance(0.1) ? 'disabled' : 'enabled',
      tags: random.chance(0.5) ? ['even'] : [],
      created_at: day(),
      updated_at: day(),
    })

  function expectSame(s: EntityStore<Client>, live: Map<string, Client>) {
    // Stored order is a map's: a new row goes last, a changed one keeps its place.
    expect([...s.allIn(DOMAIN)].map((r) => r.id)).toEqual([...live.keys()])
    expect(s.countIn(DOMAIN)).toBe(live.size)
    const key = (row: Client, order: EntityQuery<Client>['order']) => (order === 'name' ? (row.name ?? '').toLowerCase() : row[order])
    // Few matches ('zz', 'omega beta 1') are sorted; many ('a', 'alpha') are found by walking the order.
    for (const name of ['a', 'alpha', 'ALPHA 9', 'omega beta 1', 'zz', undefined])
      for (const status of ['enabled', 'disabled', 'all'] as const)
        for (const order of ['name', 'created_at', 'updated_at'] as const)
          for (const dir of ['asc', 'desc'] as const)
            for (const offset of [0, 7, 1000]) {
              const tagged = name === undefined
              const query: EntityQuery<Client> = {
                offset,
                limit: 10,
                order,
                dir,
                name,
                status,
                ...(tagged ? { tags: { mode: 'any', values: ['even'] } } : {}),
              }
              const expected = [...live.values()]
                .filter((r) => status === 'all' || r.status === status)
                .filter((r) => name === undefined || (r.name ?? '').toLowerCase().includes(name.toLowerCase()))
                .filter((r) => !tagged || r.tags?.includes('even'))
                .sort((a, b) => (key(a, order) < key(b, order) ? -1 : key(a, order) > key(b, order) ? 1 : a.id < b.id ? -1 : 1))
              if (dir === 'desc') expected.reverse()
              const got = s.query(DOMAIN, query)
              expect({ query, total: got.total, ids: got.rows.map((r) => r.id) }).toEqual({
                query,
                total: expected.length,
                ids: expected.slice(offset, offset + 10).map((r) => r.id),
              })
            }
  }

  it('refuses to load a row twice', () => {
    const s = store([client('c1', 'a')])
    expect(() => s.loadAll([client('c1', 'b')])).toThrow('clients c1 is stored already')
  })

  it('pages the same rows, before and after renames, status changes, removals and inserts', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => make(i))
    const s = store(rows)
    const live = new Map(rows.map((r) => [r.id, r]))
    expectSame(s, live)
    for (let i = 0; i < 300; i++) {
      const id = `id${random.int(0, 3199)}`
      const old = live.get(id)
      if (old && random.chance(0.3)) {
        s.remove(id)
        live.delete(id)
      } else if (old) {
        const row = { ...make(Number(id.slice(2))), id }
        s.put(row)
        live.set(id, row)
      } else {
        const row = { ...make(Number(id.slice(2))), id }
        s.insert(row)
        live.set(id, row)
      }
      // A search between changes builds the search table, which the next change must drop.
      if (i % 50 === 0) s.query(DOMAIN, { ...base, name: 'alpha' })
    }
    expectSame(s, live)
  })
})

describe('contains (JSONB @>)', () => {
  it('follows Postgres containment', () => {
    expect(contains({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } })).toBe(true)
    expect(contains({ tags: ['x', 'y'] }, { tags: ['y'] })).toBe(true)
    expect(contains({ a: '1' }, { a: 1 })).toBe(false)
    expect(contains({ a: [1] }, { a: 1 })).toBe(false)
  })
})
