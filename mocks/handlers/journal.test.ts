import { describe, expect, it } from 'vitest'
import { deleteClient, getClient } from '../../src/api/clients'
import { listEntityJournal, listUserJournal } from '../../src/api/journal'
import type { JournalEntry } from '../../src/api/schemas'
import { session } from '../../src/api/session'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../src/test/backend'
import { TEST_BASE_URL } from '../node'

const backend = setupTestBackend()

async function raw(path: string) {
  const res = await fetch(`${TEST_BASE_URL}${path}`, { headers: { authorization: `Bearer ${session.accessToken()}` } })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000)

/** The client of the main domain with the longest seeded history. */
function busiestClient() {
  let best = { id: '', count: -1 }
  for (const client of backend.db.clients.allIn(backend.domainId)) {
    const { total } = backend.db.journal.query({ entityType: 'client', entityId: client.id, dir: 'desc', offset: 0, limit: 0 })
    if (total > best.count) best = { id: client.id, count: total }
  }
  return best.id
}

/** The journal service's rule for a client's journal, applied to every entry (no index). */
function clientEntries(clientId: string): JournalEntry[] {
  return [...backend.db.journal.all()].filter((e) => {
    const a = e.attributes ?? {}
    const own = e.operation.startsWith('client.') && (a.id === clientId || a.entity_id === clientId)
    return own || (Array.isArray(a.client_ids) && a.client_ids.includes(clientId))
  })
}

describe('GET /{domainID}/journal/client/{id}', () => {
  it('answers the real envelope: newest first, no ids, attributes and metadata only on request', async () => {
    await signInAs(ADMIN)
    const clientId = busiestClient()
    const expected = clientEntries(clientId)
    const bare = await raw(`/${backend.domainId}/journal/client/${clientId}`)
    expect(bare.status).toBe(200)
    expect(bare.body).toMatchObject({ total: expected.length, offset: 0, limit: 10 })
    const journals = bare.body.journals as Record<string, unknown>[]
    expect(journals[0]).toEqual({ operation: expected.at(-1)!.operation, occurred_at: expected.at(-1)!.occurred_at })

    const full = await listEntityJournal(backend.domainId, 'client', clientId, {
      operation: 'client.create',
      with_attributes: true,
      with_metadata: true,
    })
    const [created] = full.journals
    expect(created.attributes).toMatchObject({ id: clientId, user_id: expect.any(String) })
    expect(created.metadata).toBeDefined()
  })

  it('filters by exact operation and an inclusive time range in Unix seconds, in either direction', async () => {
    await signInAs(ADMIN)
    const clientId = busiestClient()
    const all = clientEntries(clientId)
    expect(all.length).toBeGreaterThan(3)
    const from = seconds(all[1].occurred_at)
    const to = seconds(all[all.length - 2].occurred_at)
    const inRange = all.filter((e) => seconds(e.occurred_at) >= from && seconds(e.occurred_at) <= to)

    const asc = await listEntityJournal(backend.domainId, 'client', clientId, { from, to, dir: 'asc', limit: 10 })
    expect(asc.total).toBe(inRange.length)
    expect(asc.journals.map((j) => j.occurred_at)).toEqual(inRange.slice(0, 10).map((e) => e.occurred_at))

    const op = all[0].operation
    const byOp = await listEntityJournal(backend.domainId, 'client', clientId, { operation: op, limit: 10 })
    expect(byOp.total).toBe(all.filter((e) => e.operation === op).length)
    expect(byOp.journals.every((j) => j.operation === op)).toBe(true)

    const prefix = await listEntityJournal(backend.domainId, 'client', clientId, { operation: 'client' })
    expect(prefix.total, 'no prefix matching').toBe(0)
  })

  it('includes the connections naming the client, and journals each view', async () => {
    await signInAs(OPERATOR)
    const client = [...backend.db.clients.allIn(backend.domainId)].find((c) => backend.db.connections.channelsOf(c.id).size > 0)!
    const connects = await listEntityJournal(backend.domainId, 'client', client.id, { operation: 'channel.connect', with_attributes: true })
    expect(connects.total).toBeGreaterThan(0)
    expect(connects.journals[0].attributes?.client_ids).toContain(client.id)

    const views = (await listEntityJournal(backend.domainId, 'client', client.id, { operation: 'client.view' })).total
    await getClient(backend.domainId, client.id)
    const after = await listEntityJournal(backend.domainId, 'client', client.id, {
      operation: 'client.view',
      with_attributes: true,
      limit: 1,
    })
    expect(after.total).toBe(views + 1)
    expect(after.journals[0].attributes?.user_id).toBe(backend.db.findUserByLogin(OPERATOR)!.id)
  })

  it('pages with offset, and limit=0 gives the total alone', async () => {
    await signInAs(ADMIN)
    const clientId = busiestClient()
    const all = clientEntries(clientId).toReversed()
    const second = await listEntityJournal(backend.domainId, 'client', clientId, { offset: 2, limit: 2 })
    expect(second.journals.map((j) => j.occurred_at)).toEqual(all.slice(2, 4).map((e) => e.occurred_at))
    const none = await raw(`/${backend.domainId}/journal/client/${clientId}?limit=0`)
    expect(none.body).toEqual({ total: all.length, offset: 0, limit: 0, journals: [] })
  })

  it('rejects what the service rejects, with its messages', async () => {
    await signInAs(ADMIN)
    const base = `/${backend.domainId}/journal`
    const id = busiestClient()
    expect(await raw(`${base}/client/${id}?limit=11`)).toEqual({ status: 400, body: { message: 'invalid limit size' } })
    expect(await raw(`${base}/domain/${backend.domainId}`)).toEqual({ status: 400, body: { message: 'invalid entity type' } })
    expect(await raw(`${base}/client/${id}?from=2147483648`)).toEqual({
      status: 400,
      body: { message: 'invalid time format use unix time' },
    })
    expect((await raw(`${base}/client/${id}?from=yesterday`)).status).toBe(400)
    expect((await raw(`${base}/client/${id}?dir=up`)).status).toBe(400)
    expect((await raw(`${base}/client/${id}?with_attributes=yes`)).status).toBe(400)
  })
})

describe('who may read a journal', () => {
  it("lets a domain member with read see a client's journal, not a deleted client's", async () => {
    await signInAs(VIEWER)
    const clientId = busiestClient()
    expect((await listEntityJournal(backend.domainId, 'client', clientId)).total).toBeGreaterThan(0)
    await signInAs(ADMIN)
    await deleteClient(backend.domainId, clientId)
    await signInAs(VIEWER)
    expect((await raw(`/${backend.domainId}/journal/client/${clientId}`)).status).toBe(403)
    await signInAs(ADMIN)
    const gone = await listEntityJournal(backend.domainId, 'client', clientId, { limit: 1 })
    expect(gone.journals[0].operation).toBe('client.remove')
  })

  it("keeps a user's journal to platform super-admins, on both routes", async () => {
    const viewer = backend.db.findUserByLogin(VIEWER)!
    await signInAs(VIEWER)
    expect((await raw(`/journal/user/${viewer.id}`)).status).toBe(403)
    expect((await raw(`/${backend.domainId}/journal/user/${viewer.id}`)).status).toBe(403)
    await signInAs(ADMIN)
    const jane = backend.db.findUserByLogin('jane.doe@example.com')!
    const page = await listUserJournal(jane.id, { with_attributes: true })
    expect(page.total).toBeGreaterThan(0)
    expect(page.journals.every((j) => j.attributes?.user_id === jane.id || j.attributes?.id === jane.id)).toBe(true)
    expect((await listEntityJournal(backend.domainId, 'user', jane.id)).total).toBe(page.total)
  })

  it('refuses a domain the user is not in, and groups nobody can read', async () => {
    await signInAs(VIEWER)
    const other = backend.db.domains.all().find((d) => d.route === 'greenfield')!
    const client = [...backend.db.clients.allIn(other.id)][0]
    expect((await raw(`/${other.id}/journal/client/${client.id}`)).status).toBe(403)
    expect((await raw(`/${backend.domainId}/journal/group/no-such-group`)).status).toBe(403)
  })
})
