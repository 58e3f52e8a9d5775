import { describe, expect, it } from 'vitest'
import {
  createBootstrapConfig,
  fetchDeviceBootstrap,
  getBootstrapConfig,
  listBootstrapConfigs,
  setBootstrapState,
  updateBootstrapCerts,
  updateBootstrapConnections,
} from '../../src/api/bootstraps'
import { deleteClient, listClients } from '../../src/api/clients'
import { ApiError } from '../../src/api/errors'
import { session } from '../../src/api/session'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../src/test/backend'
import { createMockBackend } from '../backend'
import { TEST_BASE_URL } from '../node'

const backend = setupTestBackend()

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${TEST_BASE_URL}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${session.accessToken()}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return {
    status: res.status,
    text,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
    location: res.headers.get('location'),
  }
}

const configs = () => `/${backend.domainId}/clients/configs`
const enabledChannels = (n: number) =>
  [...backend.db.channels.allIn(backend.domainId)]
    .filter((c) => c.status === 'enabled')
    .slice(0, n)
    .map((c) => c.id)
const clientCount = () => backend.db.clients.countIn(backend.domainId)
/** Operations journaled since the seed, leaving out the sign-in. */
const changes = () => backend.db.journal.appended().filter((e) => !e.operation.startsWith('user.'))
const ops = () => changes().map((e) => e.operation)

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected the request to fail')
}

describe('seeded configurations', () => {
  it('lists enabled and disabled configs with their channels, and filters by state and name', async () => {
    await signInAs(ADMIN)
    const all = await listBootstrapConfigs(backend.domainId, { limit: 100 })
    expect(all.total).toBeGreaterThanOrEqual(5)
    expect(all.configs.some((c) => c.state === 1)).toBe(true)
    expect(all.configs.some((c) => c.state === 0)).toBe(true)
    expect(all.configs.some((c) => c.client_cert?.startsWith('-----BEGIN CERTIFICATE-----'))).toBe(true)
    expect(all.configs.every((c) => c.channels.length > 0 && c.channels.every((ch) => ch.name))).toBe(true)

    const disabled = await listBootstrapConfigs(backend.domainId, { state: 0, limit: 100 })
    expect(disabled.configs.length).toBeGreaterThan(0)
    expect(disabled.configs.every((c) => c.state === 0)).toBe(true)

    const name = all.configs[0].name!
    const byName = await listBootstrapConfigs(backend.domainId, { name: name.slice(2, 10).toUpperCase() })
    expect(byName.configs.map((c) => c.client_id)).toContain(all.configs[0].client_id)
  })

  it('answers the envelope with offset and limit, and rejects bad parameters', async () => {
    await signInAs(ADMIN)
    const page = await call('GET', `${configs()}?offset=1&limit=2`)
    expect(page.body).toMatchObject({ offset: 1, limit: 2 })
    expect(page.body?.configs).toHaveLength(2)
    expect((await call('GET', `${configs()}?limit=101`)).body?.message).toBe('invalid limit size')
    expect((await call('GET', `${configs()}?state=2`)).body?.message).toBe('invalid bootstrap state')
  })

  it('connects enabled configs to their channels both ways', async () => {
    await signInAs(ADMIN)
    const enabled = (await listBootstrapConfigs(backend.domainId, { state: 1 })).configs[0]
    for (const channel of enabled.channels) {
      expect(backend.db.connections.types(enabled.client_id, channel.id)).toEqual(['Publish', 'Subscribe'])
    }
  })
})

describe('POST /{domainID}/clients/configs', () => {
  it('creates an enabled client named after its id when client_id is empty, and a disabled config', async () => {
    await signInAs(OPERATOR)
    const before = clientCount()
    const channels = enabledChannels(2)
    const id = await createBootstrapConfig(backend.domainId, {
      external_id: 'aa:bb:cc:00:11:22',
      external_key: 'k-1',
      channels,
      name: 'Press gateway',
    })

    expect(clientCount()).toBe(before + 1)
    const client = backend.db.clients.get(id)!
    expect(client.name).toBe(`Bootstrapped Client ${id}`)
    expect(client.status).toBe('enabled')
    const listed = await listClients(backend.domainId, { name: 'Bootstrapped Client', limit: 10 })
    expect(listed.clients.map((c) => c.id)).toContain(id)

    const config = await getBootstrapConfig(backend.domainId, id)
    expect(config).toMatchObject({ client_id: id, external_id: 'aa:bb:cc:00:11:22', external_key: 'k-1', state: 0, name: 'Press gateway' })
    expect(config.client_secret).toBe(client.credentials?.secret)
    expect(config.channels.map((c) => c.id)).toEqual(channels)
    // Created disabled: nothing is connected yet.
    expect(backend.db.connections.channelsOf(id).size).toBe(0)
    expect(ops()).toEqual(expect.arrayContaining(['client.create', 'bootstrap.config.create']))
  })

  it('answers 201 with an empty body and the config location', async () => {
    await signInAs(ADMIN)
    const res = await call('POST', configs(), { external_id: 'loc-1', external_key: 'k', channels: enabledChannels(1) })
    expect(res.status).toBe(201)
    expect(res.text).toBe('')
    expect(res.location).toMatch(/^\/clients\/configs\/[0-9a-f-]{36}$/)
  })

  it('removes the client it created when saving the config fails: no orphan', async () => {
    await signInAs(ADMIN)
    const taken = (await listBootstrapConfigs(backend.domainId, { limit: 1 })).configs[0].external_id
    const before = clientCount()
    const res = await call('POST', configs(), { external_id: taken, external_key: 'k', channels: enabledChannels(1) })
    expect(res.status).toBe(422)
    expect(res.body?.message).toBe('failed to add bootstrap configuration')
    expect(clientCount()).toBe(before)
    expect(ops()).toEqual(['client.create', 'client.remove'])
    const removedId = changes()[0].attributes?.id as string
    expect(backend.db.clients.get(removedId)).toBeUndefined()
    expect(backend.db.roles.ofEntity(removedId)).toEqual([])
  })

  it('checks the request in the service order, before creating anything', async () => {
    await signInAs(ADMIN)
    const before = clientCount()
    expect(await call('POST', configs(), { external_key: 'k', channels: enabledChannels(1) })).toMatchObject({
      status: 400,
      body: { message: 'missing entity id' },
    })
    expect(await call('POST', configs(), { external_id: 'x', channels: enabledChannels(1) })).toMatchObject({
      status: 401,
      body: { message: 'missing or invalid bearer entity key' },
    })
    expect(await call('POST', configs(), { external_id: 'x', external_key: 'k', channels: [] })).toMatchObject({
      status: 400,
      body: { message: 'empty list provided' },
    })
    const unknown = await call('POST', configs(), {
      external_id: 'x',
      external_key: 'k',
      channels: ['00000000-0000-4000-8000-000000000000'],
    })
    expect(unknown).toMatchObject({ status: 400, body: { message: 'malformed entity specification' } })
    expect(clientCount()).toBe(before)
    expect(ops()).toEqual([])
  })

  it('uses an existing client with certificates, and refuses a second config for it', async () => {
    await signInAs(ADMIN)
    const client = [...backend.db.clients.allIn(backend.domainId)].find((c) => c.status === 'enabled' && !backend.db.bootstraps.get(c.id))!
    const before = clientCount()
    const id = await createBootstrapConfig(backend.domainId, {
      client_id: client.id,
      external_id: 'with-certs',
      external_key: 'k',
      channels: enabledChannels(1),
      client_cert: 'CERT',
      client_key: 'KEY',
      ca_cert: 'CA',
    })
    expect(id).toBe(client.id)
    expect(clientCount()).toBe(before)
    const config = await getBootstrapConfig(backend.domainId, id)
    expect(config).toMatchObject({ client_cert: 'CERT', ca_cert: 'CA' })
    // The view never returns the private key.
    expect(config).not.toHaveProperty('client_key')

    const again = await call('POST', configs(), {
      client_id: client.id,
      external_id: 'other',
      external_key: 'k',
      channels: enabledChannels(1),
    })
    expect(again).toMatchObject({ status: 422, body: { message: 'failed to add bootstrap configuration' } })
    expect(backend.db.clients.get(client.id)).toBeDefined()
  })
})

describe('state and connections', () => {
  async function newConfig(channels: string[]) {
    return createBootstrapConfig(backend.domainId, {
      external_id: `ext-${channels.length}-${Math.random()}`,
      external_key: 'key',
      channels,
    })
  }

  it('enabling connects the client to every channel for publish and subscribe; disabling disconnects', async () => {
    await signInAs(OPERATOR)
    const channels = enabledChannels(2)
    const id = await newConfig(channels)
    await setBootstrapState(backend.domainId, id, 1)
    for (const channel of channels) expect(backend.db.connections.types(id, channel)).toEqual(['Publish', 'Subscribe'])
    expect((await getBootstrapConfig(backend.domainId, id)).state).toBe(1)
    expect(ops()).toEqual(expect.arrayContaining(['channel.connect', 'bootstrap.client.change_state']))

    await setBootstrapState(backend.domainId, id, 0)
    expect(backend.db.connections.channelsOf(id).size).toBe(0)
    expect(ops()).toContain('channel.disconnect')
  })

  it('updates connections by their difference only while enabled', async () => {
    await signInAs(ADMIN)
    const [a, b, c] = enabledChannels(3)
    const id = await newConfig([a, b])
    await updateBootstrapConnections(backend.domainId, id, [b, c])
    expect(backend.db.connections.channelsOf(id).size).toBe(0)

    await setBootstrapState(backend.domainId, id, 1)
    await updateBootstrapConnections(backend.domainId, id, [c, a])
    expect([...backend.db.connections.channelsOf(id).keys()].sort()).toEqual([a, c].sort())
    expect((await getBootstrapConfig(backend.domainId, id)).channels.map((ch) => ch.id)).toEqual([c, a])
  })

  it('rejects a state other than 0 or 1', async () => {
    await signInAs(ADMIN)
    const [config] = (await listBootstrapConfigs(backend.domainId, { limit: 1 })).configs
    const res = await call('PUT', `/${backend.domainId}/clients/state/${config.client_id}`, { state: 2 })
    expect(res).toMatchObject({ status: 400, body: { message: 'invalid bootstrap state' } })
  })

  it('fails with an empty 500 when the client is disabled and cannot be connected', async () => {
    await signInAs(ADMIN)
    const id = await newConfig(enabledChannels(1))
    backend.db.clients.put({ ...backend.db.clients.get(id)!, status: 'disabled' })
    const res = await call('PUT', `/${backend.domainId}/clients/state/${id}`, { state: 1 })
    expect(res.status).toBe(500)
    expect(res.text).toBe('')
    expect(backend.db.bootstraps.get(id)?.state).toBe(0)
  })
})

describe('GET /clients/bootstrap/{externalID} (device)', () => {
  const device = (externalId: string, key?: string) =>
    fetch(`${TEST_BASE_URL}/clients/bootstrap/${encodeURIComponent(externalId)}`, {
      headers: key === undefined ? {} : { authorization: `Client ${key}` },
    })

  it('answers with the configuration whatever its state (v0.20.0 does not check it)', async () => {
    await signInAs(ADMIN)
    const channels = enabledChannels(1)
    const id = await createBootstrapConfig(backend.domainId, {
      external_id: 'dev-1',
      external_key: 'dev-key',
      channels,
      content: '{"a":1}',
      client_key: 'KEY',
    })

    const inactive = await fetchDeviceBootstrap('dev-1', 'dev-key')
    expect(inactive).toMatchObject({ client_id: id, content: '{"a":1}' })

    await setBootstrapState(backend.domainId, id, 1)
    const answer = await fetchDeviceBootstrap('dev-1', 'dev-key')
    expect(answer).toMatchObject({ client_id: id, content: '{"a":1}', client_key: 'KEY' })
    expect(answer.client_secret).toBe(backend.db.clients.get(id)?.credentials?.secret)
    expect(answer.channels).toEqual([expect.objectContaining({ id: channels[0] })])
    const entry = backend.db.journal.appended().at(-1)!
    expect(entry.operation).toBe('bootstrap.client.bootstrap')
    expect(entry.attributes).toMatchObject({ external_id: 'dev-1', client_id: id, success: true })
  })

  it('needs the right external key', async () => {
    await signInAs(ADMIN)
    await createBootstrapConfig(backend.domainId, { external_id: 'dev-2', external_key: 'right', channels: enabledChannels(1) })
    expect((await device('dev-2')).status).toBe(401)
    const wrong = await device('dev-2', 'wrong')
    expect(wrong.status).toBe(403)
    expect(await wrong.json()).toEqual({ message: 'failed to get bootstrap configuration for given external key' })
    expect((await device('no-such-device', 'right')).status).toBe(404)
  })
})

describe('permissions', () => {
  it('lets the read-only member view a config, and refuses every change in the service own ways', async () => {
    await signInAs(VIEWER)
    const inactive = backend.db.bootstraps.allIn(backend.domainId).find((c) => c.state === 0)!
    const id = inactive.id
    await getBootstrapConfig(backend.domainId, id)
    const refused = [
      // No client_create: the SDK's refusal to create the client is an untyped error.
      await call('POST', configs(), { external_id: 'v', external_key: 'k', channels: enabledChannels(1) }),
      // The client can be read, but it has a config already.
      await call('POST', configs(), { client_id: id, external_id: 'v', external_key: 'k', channels: enabledChannels(1) }),
      await call('PUT', `${configs()}/${id}`, { name: 'x', content: '' }),
      await call('PATCH', `${configs()}/certs/${id}`, { client_cert: '' }),
      await call('PUT', `${configs()}/connections/${id}`, { channels: enabledChannels(1) }),
      // No authorization up front: the connect the change needs is refused, an empty 500.
      await call('PUT', `/${backend.domainId}/clients/state/${id}`, { state: 1 }),
      await call('DELETE', `${configs()}/${id}`),
    ]
    expect(refused.map((r) => r.status)).toEqual([500, 422, 403, 403, 403, 500, 403])
    expect(backend.db.bootstraps.get(id)?.state).toBe(0)
    expect(ops().filter((op) => !op.endsWith('.view'))).toEqual([])
  })
})

describe('journal', () => {
  it('never records the external key or the client key', async () => {
    await signInAs(ADMIN)
    const id = await createBootstrapConfig(backend.domainId, {
      external_id: 'secret-check',
      external_key: 'external-key-value-123',
      channels: enabledChannels(1),
      client_key: 'client-key-value-456',
    })
    await updateBootstrapCerts(backend.domainId, id, { client_cert: 'C', client_key: 'client-key-value-789', ca_cert: 'A' })
    await setBootstrapState(backend.domainId, id, 1)
    await fetchDeviceBootstrap('secret-check', 'external-key-value-123')
    const written = JSON.stringify(backend.db.journal.appended())
    expect(written).toContain('bootstrap.cert.update')
    for (const secret of [
      'external-key-value-123',
      'client-key-value-456',
      'client-key-value-789',
      backend.db.clients.get(id)!.credentials!.secret!,
    ]) {
      expect(written).not.toContain(secret)
    }
  })

  it('strips every secret attribute name the bootstrap service uses', () => {
    const entry = backend.db.record('bootstrap.config.create', {
      client_id: 'c',
      external_key: 'x',
      client_key: 'y',
      client_secret: 'z',
      magistrala_secret: 'w',
      config: { external_key: 'x', client_key: 'y' },
    })
    expect(entry.attributes).toMatchObject({ client_id: 'c', config: {} })
    expect(JSON.stringify(entry.attributes)).not.toMatch(/"(x|y|z|w)"/)
  })
})

describe('persistence', () => {
  it('replays created and changed configs onto a fresh seed', async () => {
    await signInAs(ADMIN)
    const id = await createBootstrapConfig(backend.domainId, { external_id: 'kept', external_key: 'k', channels: enabledChannels(2) })
    await setBootstrapState(backend.domainId, id, 1)
    const { seed } = backend.db.seedInfo
    const reloaded = createMockBackend({
      baseUrl: TEST_BASE_URL,
      seed: { seed, anchor: backend.db.seedInfo.anchor },
      overlay: { changes: backend.db.changes.toJSON(), journal: backend.db.journal.appended() },
    })
    expect(reloaded.db.bootstraps.get(id)).toMatchObject({ external_id: 'kept', state: 1 })
    expect(reloaded.db.clients.get(id)?.name).toBe(`Bootstrapped Client ${id}`)
    expect(reloaded.db.connections.channelsOf(id).size).toBe(2)
  })
})

describe('removal', () => {
  it('deletes the config but keeps the client; deleting a client drops its config', async () => {
    await signInAs(ADMIN)
    const [first, second] = (await listBootstrapConfigs(backend.domainId, { limit: 2 })).configs
    expect((await call('DELETE', `${configs()}/${first.client_id}`)).status).toBe(204)
    expect((await failure(getBootstrapConfig(backend.domainId, first.client_id))).status).toBe(404)
    expect(backend.db.clients.get(first.client_id)).toBeDefined()
    expect(ops()).toContain('bootstrap.config.remove')

    await deleteClient(backend.domainId, second.client_id)
    const left = await listBootstrapConfigs(backend.domainId, { limit: 100 })
    expect(left.configs.map((c) => c.client_id)).not.toContain(second.client_id)
  })
})
