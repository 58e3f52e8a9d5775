import { describe, expect, it } from 'vitest'
import {
  createClient,
  createClientsBulk,
  deleteClient,
  getClient,
  listClients,
  setClientEnabled,
  updateClient,
  updateClientSecret,
  updateClientTags,
} from '../../src/api/clients'
import { ApiError } from '../../src/api/errors'
import { session } from '../../src/api/session'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../src/test/backend'
import { TEST_BASE_URL } from '../node'

const backend = setupTestBackend()

async function refused(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

const journalOf = (id: string, operation: string) =>
  backend.db.journal.query({ entityType: 'client', entityId: id, operation, dir: 'desc', offset: 0, limit: 10 }).entries

describe('POST /{domainID}/clients', () => {
  it('creates a client with a generated secret, an admin role for its creator and a journal entry without the secret', async () => {
    await signInAs(OPERATOR)
    const client = await createClient(backend.domainId, { name: 'Chiller', tags: ['hvac'], metadata: { floor: 2 } })
    expect(client.credentials?.secret).toMatch(/^[0-9a-f-]{36}$/)
    expect(client.status).toBe('enabled')
    const roles = backend.db.roles.ofEntity(client.id)
    expect(roles.map((r) => r.name)).toEqual(['admin'])
    expect(roles[0].members).toEqual([backend.db.findUserByLogin(OPERATOR)!.id])
    const [entry] = journalOf(client.id, 'client.create')
    expect(entry.attributes).toMatchObject({ id: client.id, name: 'Chiller', user_id: roles[0].members[0] })
    expect(entry.metadata).toEqual({ floor: 2 })
    expect(JSON.stringify(entry)).not.toContain(client.credentials!.secret!)
  })

  it('answers 201 with a Location header, 415 without JSON, 400 for a malformed body', async () => {
    await signInAs(ADMIN)
    const post = (body: string, type = 'application/json') =>
      fetch(`${TEST_BASE_URL}/${backend.domainId}/clients`, {
        method: 'POST',
        headers: { 'content-type': type, authorization: `Bearer ${session.accessToken()}` },
        body,
      })
    const ok = await post('{"name":"x"}')
    expect(ok.status).toBe(201)
    expect(ok.headers.get('location')).toMatch(/^\/clients\/[0-9a-f-]{36}$/)
    expect((await post('{"name":"x"}', 'text/plain')).status).toBe(415)
    const bad = await post('{"name":')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ message: 'request body is not a valid JSON, expecting a valid JSON' })
  })

  it('refuses a duplicate secret as a conflict (400), a long name, and the read-only member', async () => {
    await signInAs(ADMIN)
    await createClient(backend.domainId, { name: 'a', credentials: { secret: 'k1' } })
    const conflict = await refused(createClient(backend.domainId, { name: 'b', credentials: { secret: 'k1' } }))
    expect([conflict.status, conflict.message, conflict.isConflict]).toEqual([400, 'client key is not available', true])
    expect((await refused(createClient(backend.domainId, { name: 'n'.repeat(1025) }))).message).toBe('invalid name size')
    await signInAs(VIEWER)
    expect((await refused(createClient(backend.domainId, { name: 'c' }))).status).toBe(403)
  })
})

describe('POST /{domainID}/clients/bulk', () => {
  it('creates all of a batch, or none of it', async () => {
    await signInAs(ADMIN)
    const before = (await listClients(backend.domainId, { status: 'all', limit: 1 })).total
    const created = await createClientsBulk(backend.domainId, [{ name: 'one' }, { name: 'two', credentials: { secret: 'k2' } }])
    expect(created.total).toBe(2)
    const conflict = await refused(
      createClientsBulk(backend.domainId, [{ name: 'three' }, { name: 'four', credentials: { secret: 'k2' } }]),
    )
    expect(conflict.message).toBe('client key is not available')
    const inBatch = await refused(
      createClientsBulk(backend.domainId, [
        { name: 'x', credentials: { secret: 's' } },
        { name: 'y', credentials: { secret: 's' } },
      ]),
    )
    expect(inBatch.status).toBe(400)
    expect((await listClients(backend.domainId, { status: 'all', limit: 1 })).total).toBe(before + 2)
  })

  it('stores each identity and answers with the generated keys; names and identities may repeat', async () => {
    await signInAs(OPERATOR)
    const { clients } = await createClientsBulk(backend.domainId, [
      { name: 'Gate', credentials: { identity: 'gate-01' } },
      { name: 'Gate', credentials: { identity: 'gate-01', secret: 'gate-key' } },
    ])
    expect(clients.map((c) => c.credentials)).toEqual([
      { identity: 'gate-01', secret: expect.any(String) },
      { identity: 'gate-01', secret: 'gate-key' },
    ])
    expect(clients[0].credentials?.secret).not.toBe('')
    const stored = await getClient(backend.domainId, clients[0].id)
    expect(stored.credentials).toEqual(clients[0].credentials)
    const tooLong = await refused(createClientsBulk(backend.domainId, [{ name: 'x', credentials: { identity: 'i'.repeat(255) } }]))
    expect(tooLong.status).toBe(400)
  })
})

describe('updating a client', () => {
  async function fresh() {
    await signInAs(OPERATOR)
    return createClient(backend.domainId, { name: 'Pump', tags: ['a'], metadata: { x: 1 }, credentials: { secret: 'pump-secret' } })
  }

  it('PATCH keeps the name when empty and replaces metadata', async () => {
    const client = await fresh()
    const updated = await updateClient(backend.domainId, client.id, { name: '', metadata: { y: 2 } })
    expect(updated.name).toBe('Pump')
    expect(updated.metadata).toEqual({ y: 2 })
    expect(journalOf(client.id, 'client.update')[0].metadata).toEqual({ y: 2 })
  })

  it('replaces tags', async () => {
    const client = await fresh()
    expect((await updateClientTags(backend.domainId, client.id, ['b', 'c', 'b'])).tags).toEqual(['b', 'c'])
  })

  it('changes the secret without echoing it, and refuses a secret another client uses', async () => {
    const client = await fresh()
    await createClient(backend.domainId, { name: 'Other', credentials: { secret: 'other-secret' } })
    const updated = await updateClientSecret(backend.domainId, client.id, 'new-secret')
    expect(updated.credentials?.secret).toBeUndefined()
    expect((await getClient(backend.domainId, client.id)).credentials?.secret).toBe('new-secret')
    expect((await refused(updateClientSecret(backend.domainId, client.id, 'other-secret'))).isConflict).toBe(true)
    expect(JSON.stringify(journalOf(client.id, 'client.update_secret'))).not.toContain('new-secret')
  })

  it('enables and disables, 422 when nothing changes, and only enabled clients can be edited (404)', async () => {
    const client = await fresh()
    const same = await refused(setClientEnabled(backend.domainId, client.id, true))
    expect([same.status, same.message]).toEqual([422, 'status already assigned'])
    expect((await setClientEnabled(backend.domainId, client.id, false)).status).toBe('disabled')
    expect((await refused(updateClient(backend.domainId, client.id, { name: 'x' }))).status).toBe(404)
    expect((await refused(updateClientTags(backend.domainId, client.id, []))).status).toBe(404)
    expect(journalOf(client.id, 'client.disable')).toHaveLength(1)
  })

  it('refuses every change to the read-only member with 403', async () => {
    const client = await fresh()
    await signInAs(VIEWER)
    for (const attempt of [
      updateClient(backend.domainId, client.id, { name: 'x' }),
      updateClientTags(backend.domainId, client.id, []),
      updateClientSecret(backend.domainId, client.id, 'x'),
      setClientEnabled(backend.domainId, client.id, false),
      deleteClient(backend.domainId, client.id),
    ]) {
      const error = await refused(attempt)
      expect([error.status, error.message]).toEqual([403, 'failed to perform authorization over the entity'])
    }
  })
})

describe('DELETE /{domainID}/clients/{id}', () => {
  it('removes the client with its connections and roles', async () => {
    await signInAs(ADMIN)
    const client = [...backend.db.clients.allIn(backend.domainId)].find((c) => backend.db.connections.channelsOf(c.id).size > 0)!
    backend.db.roles.put({
      ...backend.db.roles.ofMember(backend.db.findUserByLogin(ADMIN)!.id)[0],
      id: 'client_test',
      entity_id: client.id,
      entity_type: 'client',
    })
    await deleteClient(backend.domainId, client.id)
    expect((await refused(getClient(backend.domainId, client.id))).status).toBe(404)
    expect(backend.db.connections.channelsOf(client.id).size).toBe(0)
    expect(backend.db.roles.ofEntity(client.id)).toEqual([])
    expect(journalOf(client.id, 'client.remove')).toHaveLength(1)
  })
})
