import { describe, expect, it } from 'vitest'
import type { JournalEntry } from '../../src/api/schemas'
import { seedDatabase } from '../seed/generate'
import { Database } from './database'
import type { JournalQuery } from './journal-store'

const ANCHOR = Date.parse('2026-11-01T12:00:00Z')
const ENTRIES = 1_000_000

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000)

type Journal = { entityType: JournalQuery['entityType']; entityId: string }

/** The service's rule for which entries make up an entity's journal, with no index. */
function belongs(entry: JournalEntry, { entityType, entityId }: Journal) {
  const a = entry.attributes ?? {}
  if (entityType === 'user') return a.user_id === entityId || (entry.operation.startsWith('user.') && a.id === entityId)
  const ids = a[`${entityType}_ids`]
  return (
    (entry.operation.startsWith(`${entityType}.`) && (a.id === entityId || a.entity_id === entityId)) ||
    (Array.isArray(ids) && ids.includes(entityId))
  )
}

/** One pass over every entry (built one at a time), collecting each journal in time order. */
function scan(db: Database, journals: Journal[]): JournalEntry[][] {
  const out = journals.map((): JournalEntry[] => [])
  for (const entry of db.journal.all()) journals.forEach((j, i) => belongs(entry, j) && out[i].push(entry))
  return out
}

/** The query's filters and paging applied to a whole journal. */
function expected(journal: JournalEntry[], q: JournalQuery) {
  const matches = journal.filter((entry) => {
    const t = seconds(entry.occurred_at)
    return (!q.operation || entry.operation === q.operation) && (q.from === undefined || t >= q.from) && (q.to === undefined || t <= q.to)
  })
  if (q.dir === 'desc') matches.reverse()
  return { total: matches.length, entries: matches.slice(q.offset, q.offset + q.limit) }
}

describe(`a journal of ${ENTRIES.toLocaleString('en')} entries`, () => {
  const db = new Database()
  seedDatabase(db, { journal: ENTRIES, anchor: ANCHOR })
  const acme = db.domains.all().find((d) => d.route === 'acme')!
  const client = [...db.clients.allIn(acme.id)][17]
  const jane = db.findUserByLogin('jane.doe@example.com')!
  const month = { from: seconds('2026-08-01T00:00:00Z'), to: seconds('2026-08-31T23:59:59Z') }
  const [clientJournal, janeJournal] = scan(db, [
    { entityType: 'client', entityId: client.id },
    { entityType: 'user', entityId: jane.id },
  ])

  it('holds the seed and the synthetic history', () => {
    expect(db.journal.size).toBeGreaterThan(ENTRIES)
    expect(db.journal.operations()).toEqual(expect.arrayContaining(['client.create', 'client.update_secret', 'channel.disconnect']))
  })

  it.each<[string, Partial<JournalQuery>]>([
    ['a client, newest first', {}],
    ['a client, by operation', { operation: 'client.update_tags' }],
    [
      'a client, connections naming it, in a month, oldest first, deep page',
      { operation: 'channel.disconnect', ...month, dir: 'asc', offset: 20 },
    ],
    ['a client, a month, newest first', { ...month, offset: 95 }],
  ])('answers like a full scan: %s', (_, q) => {
    const query: JournalQuery = { entityType: 'client', entityId: client.id, dir: 'desc', offset: 0, limit: 10, ...q }
    const want = expected(clientJournal, query)
    const got = db.journal.query(query)
    expect(want.entries.length).toBeGreaterThan(0)
    expect(got.total).toBe(want.total)
    expect(got.entries).toEqual(want.entries)
  })

  it("answers like a full scan for a user's activity by operation and time", () => {
    const query: JournalQuery = {
      entityType: 'user',
      entityId: jane.id,
      operation: 'client.view',
      ...month,
      dir: 'desc',
      offset: 1000,
      limit: 10,
    }
    const want = expected(janeJournal, query)
    expect(want.total).toBeGreaterThan(1010)
    expect(db.journal.query(query)).toEqual(want)
  })

  it('finds nothing for a time range with no entries or an unknown operation', () => {
    const base: JournalQuery = { entityType: 'client', entityId: client.id, dir: 'desc', offset: 0, limit: 10 }
    expect(db.journal.query({ ...base, from: seconds('2030-01-01T00:00:00Z') }).total).toBe(0)
    expect(db.journal.query({ ...base, operation: 'client.explode' }).total).toBe(0)
  })
}, 120_000)
