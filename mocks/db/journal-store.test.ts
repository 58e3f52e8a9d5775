import { describe, expect, it } from 'vitest'
import { Database } from './database'
import { JournalStore } from './journal-store'
import { redact } from './redact'

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()
const seconds = (minute: number) => Date.UTC(2026, 0, 1, 0, minute) / 1000

function journal() {
  const j = new JournalStore()
  j.append({ operation: 'client.create', occurred_at: at(0), attributes: { id: 'c1', user_id: 'u1' } })
  j.append({ operation: 'client.view', occurred_at: at(1), attributes: { id: 'c1', user_id: 'u2' } })
  j.append({
    operation: 'channel.connect',
    occurred_at: at(2),
    attributes: { client_ids: ['c1', 'c2'], channel_ids: ['h1'], user_id: 'u1' },
  })
  j.append({ operation: 'client.update', occurred_at: at(3), attributes: { id: 'c2', user_id: 'u1' } })
  j.append({ operation: 'client.view', occurred_at: at(4), attributes: { id: 'c1', user_id: 'u1' } })
  return j
}

const base = { entityType: 'client' as const, entityId: 'c1', dir: 'desc' as const, offset: 0, limit: 10 }

describe('JournalStore', () => {
  it("holds a client's own entries and the connections naming it, newest first", () => {
    const { total, entries } = journal().query(base)
    expect(total).toBe(4)
    expect(entries.map((e) => e.operation)).toEqual(['client.view', 'channel.connect', 'client.view', 'client.create'])
  })

  it('filters by exact operation and an inclusive time range in seconds', () => {
    const j = journal()
    expect(j.query({ ...base, operation: 'client.view' }).total).toBe(2)
    expect(j.query({ ...base, from: seconds(1), to: seconds(2) }).entries.map((e) => e.operation)).toEqual([
      'channel.connect',
      'client.view',
    ])
  })

  it('pages in either direction', () => {
    const j = journal()
    expect(j.query({ ...base, dir: 'asc', offset: 1, limit: 2 }).entries.map((e) => e.occurred_at)).toEqual([at(1), at(2)])
  })

  it('gives a user everything they did', () => {
    expect(journal().query({ ...base, entityType: 'user', entityId: 'u1' }).total).toBe(4)
  })

  it('switches to per-operation lists once an entity journal is long, with the same answers', () => {
    const j = new JournalStore()
    for (let i = 0; i < 300; i++)
      j.append({ operation: i % 3 ? 'client.view' : 'client.update', occurred_at: at(i), attributes: { id: 'c1' } })
    expect(j.query({ ...base, operation: 'client.update', limit: 3 }).total).toBe(100)
    expect(j.query({ ...base, operation: 'client.update', limit: 1 }).entries[0].occurred_at).toBe(at(297))
  })
})

describe('journal entries never carry secrets', () => {
  it('drops secret-like keys at any depth', () => {
    expect(
      redact({ id: 'c', secret: 's', credentials: { identity: 'i', secret: 's' }, nested: [{ external_key: 'k', ok: 1 }], password: 'p' }),
    ).toEqual({
      id: 'c',
      credentials: { identity: 'i' },
      nested: [{ ok: 1 }],
    })
  })

  it('redacts what the database records', () => {
    const db = new Database()
    const entry = db.record(
      'client.update_secret',
      { id: 'c1', secret: 'hunter2', client_secret: 'x' },
      { userId: 'u1', metadata: { api_key: 'k', token: 't', ok: 1 } },
    )
    expect(JSON.stringify(entry)).not.toMatch(/hunter2|"x"|"t"/)
    expect(entry.metadata).toEqual({ api_key: 'k', ok: 1 })
  })
})
