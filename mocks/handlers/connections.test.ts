import { describe, expect, it } from 'vitest'
import { listChannels } from '../../src/api/channels'
import { listClients } from '../../src/api/clients'
import { session } from '../../src/api/session'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../src/test/backend'
import { TEST_BASE_URL } from '../node'

const backend = setupTestBackend()

async function post(path: string, body: unknown) {
  const res = await fetch(`${TEST_BASE_URL}/${backend.domainId}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.accessToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, text, message: text ? (JSON.parse(text) as { message?: string }).message : undefined }
}

/** An enabled client and an enabled channel of the main domain with no connection between them. */
function unconnectedPair() {
  const { db, domainId } = backend
  const channel = [...db.channels.allIn(domainId)].find((c) => c.status === 'enabled')!
  const client = [...db.clients.allIn(domainId)].find((c) => c.status === 'enabled' && db.connections.types(c.id, channel.id).length === 0)!
  return { client, channel }
}

const typesOf = (clientId: string, channelId: string) => backend.db.connections.types(clientId, channelId)

async function channelsOf(clientId: string) {
  return (await listChannels(backend.domainId, { client: clientId, status: 'all', limit: 100 })).channels
}

describe('POST /{domainID}/channels/connect and /disconnect', () => {
  it('connects both types (201, empty body) and lists them capitalised on the client', async () => {
    await signInAs(OPERATOR)
    const { client, channel } = unconnectedPair()
    const res = await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['publish', 'subscribe'] })
    expect(res).toMatchObject({ status: 201, text: '' })
    const row = (await channelsOf(client.id)).find((c) => c.id === channel.id)
    expect(row?.connection_types).toEqual(['Publish', 'Subscribe'])
    const clients = await listClients(backend.domainId, { channel: channel.id, status: 'all', limit: 100 })
    expect(clients.clients.find((c) => c.id === client.id)?.connection_types).toEqual(['Publish', 'Subscribe'])
  })

  it('treats the types independently: removing Subscribe keeps Publish, removing Publish removes the row', async () => {
    await signInAs(ADMIN)
    const { client, channel } = unconnectedPair()
    await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['publish', 'subscribe'] })

    expect((await post('/channels/disconnect', { channel_ids: [channel.id], client_ids: [client.id], types: ['subscribe'] })).status).toBe(
      204,
    )
    expect(typesOf(client.id, channel.id)).toEqual(['Publish'])
    expect((await channelsOf(client.id)).find((c) => c.id === channel.id)?.connection_types).toEqual(['Publish'])
    const subscribers = await listChannels(backend.domainId, { client: client.id, connection_type: 'subscribe', status: 'all', limit: 100 })
    expect(subscribers.channels.map((c) => c.id)).not.toContain(channel.id)

    expect((await post('/channels/disconnect', { channel_ids: [channel.id], client_ids: [client.id], types: ['publish'] })).status).toBe(
      204,
    )
    expect(typesOf(client.id, channel.id)).toEqual([])
    expect((await channelsOf(client.id)).map((c) => c.id)).not.toContain(channel.id)
  })

  it('adds a missing type next to an existing one', async () => {
    await signInAs(ADMIN)
    const { client, channel } = unconnectedPair()
    await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['publish'] })
    expect((await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['subscribe'] })).status).toBe(201)
    expect(typesOf(client.id, channel.id)).toEqual(['Publish', 'Subscribe'])
  })

  it('reads types case-insensitively', async () => {
    await signInAs(ADMIN)
    const { client, channel } = unconnectedPair()
    expect(
      (await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['PUBLISH', 'Subscribe'] })).status,
    ).toBe(201)
    expect(typesOf(client.id, channel.id)).toEqual(['Publish', 'Subscribe'])
    expect((await post('/channels/disconnect', { channel_ids: [channel.id], client_ids: [client.id], types: ['sUbScRiBe'] })).status).toBe(
      204,
    )
    expect(typesOf(client.id, channel.id)).toEqual(['Publish'])
  })

  it('answers an existing connection as a conflict (400 entity already exists) and applies nothing of the batch', async () => {
    await signInAs(ADMIN)
    const { client, channel } = unconnectedPair()
    const other = [...backend.db.channels.allIn(backend.domainId)].find(
      (c) => c.status === 'enabled' && c.id !== channel.id && typesOf(client.id, c.id).length === 0,
    )!
    await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['publish'] })
    const res = await post('/channels/connect', {
      channel_ids: [other.id, channel.id],
      client_ids: [client.id],
      types: ['publish', 'subscribe'],
    })
    expect(res).toMatchObject({ status: 400, message: 'entity already exists' })
    expect(typesOf(client.id, other.id)).toEqual([])
    expect(typesOf(client.id, channel.id)).toEqual(['Publish'])
  })

  it('connects the cross product of channels, clients and types', async () => {
    await signInAs(ADMIN)
    const { db, domainId } = backend
    const channels = [...db.channels.allIn(domainId)].filter((c) => c.status === 'enabled').slice(0, 2)
    const clients = [...db.clients.allIn(domainId)]
      .filter((c) => c.status === 'enabled' && channels.every((ch) => typesOf(c.id, ch.id).length === 0))
      .slice(0, 3)
    const res = await post('/channels/connect', {
      channel_ids: channels.map((c) => c.id),
      client_ids: clients.map((c) => c.id),
      types: ['subscribe'],
    })
    expect(res.status).toBe(201)
    for (const ch of channels) for (const cl of clients) expect(typesOf(cl.id, ch.id)).toEqual(['Subscribe'])
  })

  it('validates the request with the services messages', async () => {
    await signInAs(ADMIN)
    const { client, channel } = unconnectedPair()
    const cases: [string, unknown, string][] = [
      ['/channels/connect', { channel_ids: [], client_ids: [client.id], types: ['publish'] }, 'missing entity id'],
      ['/channels/connect', { channel_ids: [channel.id], client_ids: [], types: ['publish'] }, 'missing entity id'],
      ['/channels/connect', { channel_ids: [' '], client_ids: [client.id], types: ['publish'] }, 'missing channel id'],
      ['/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: [] }, 'missing connection type'],
      ['/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['read'] }, 'invalid connection type'],
      ['/channels/disconnect', { channel_ids: ['not-a-uuid'], client_ids: [client.id], types: ['publish'] }, 'invalid id format provided'],
      ['/channels/disconnect', { channel_ids: [channel.id], client_ids: ['x'], types: ['publish'] }, 'invalid id format provided'],
      [`/channels/${channel.id}/connect`, { client_ids: [], types: ['publish'] }, 'missing entity id'],
    ]
    for (const [path, body, message] of cases) expect(await post(path, body), JSON.stringify(body)).toMatchObject({ status: 400, message })
    expect(typesOf(client.id, channel.id)).toEqual([])
  })

  it('answers 404 for an unknown channel or client', async () => {
    await signInAs(ADMIN)
    const { client, channel } = unconnectedPair()
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect(await post('/channels/connect', { channel_ids: [unknown], client_ids: [client.id], types: ['publish'] })).toMatchObject({
      status: 404,
      message: 'entity not found',
    })
    expect(
      await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id, unknown], types: ['publish'] }),
    ).toMatchObject({ status: 404 })
    expect(await post('/channels/disconnect', { channel_ids: [channel.id], client_ids: [unknown], types: ['publish'] })).toMatchObject({
      status: 404,
    })
    expect(typesOf(client.id, channel.id)).toEqual([])
  })

  it('refuses the read-only member (403) and changes nothing', async () => {
    const { db, domainId } = backend
    const [clientId, links] = [...db.clients.allIn(domainId)]
      .map((c) => [c.id, db.connections.channelsOf(c.id)] as const)
      .find(([, l]) => l.size > 0)!
    const [channelId, types] = [...links][0]
    const { client, channel } = unconnectedPair()
    await signInAs(VIEWER)
    expect(await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['publish'] })).toMatchObject({
      status: 403,
    })
    expect(
      await post('/channels/disconnect', { channel_ids: [channelId], client_ids: [clientId], types: ['publish', 'subscribe'] }),
    ).toMatchObject({ status: 403 })
    expect(await post(`/channels/${channelId}/disconnect`, { client_ids: [clientId], types: ['publish'] })).toMatchObject({ status: 403 })
    expect(typesOf(client.id, channel.id)).toEqual([])
    expect(typesOf(clientId, channelId)).toEqual(types)
  })

  it('refuses disabled clients and channels, and entities of another domain, with 422 failed to create entity', async () => {
    await signInAs(ADMIN)
    const { db, domainId } = backend
    const { client, channel } = unconnectedPair()
    db.clients.put({ ...client, status: 'disabled' })
    expect(await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['publish'] })).toMatchObject({
      status: 422,
      message: 'failed to create entity',
    })
    db.clients.put({ ...client, status: 'enabled' })
    db.channels.put({ ...channel, status: 'disabled' })
    expect(await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['publish'] })).toMatchObject({
      status: 422,
      message: 'failed to create entity',
    })
    db.channels.put({ ...channel, status: 'enabled' })
    const foreign = db.domains.all().find((d) => d.id !== domainId)!
    const foreignChannel = [...db.channels.allIn(foreign.id)].find((c) => c.status === 'enabled')!
    expect(
      await post('/channels/connect', { channel_ids: [foreignChannel.id], client_ids: [client.id], types: ['publish'] }),
    ).toMatchObject({ status: 422 })
    expect(typesOf(client.id, channel.id)).toEqual([])
    expect(typesOf(client.id, foreignChannel.id)).toEqual([])
  })

  it('disconnects from a disabled channel (only connecting needs enabled entities)', async () => {
    await signInAs(ADMIN)
    const { client, channel } = unconnectedPair()
    await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['publish'] })
    backend.db.channels.put({ ...channel, status: 'disabled' })
    expect((await post('/channels/disconnect', { channel_ids: [channel.id], client_ids: [client.id], types: ['publish'] })).status).toBe(
      204,
    )
    expect(typesOf(client.id, channel.id)).toEqual([])
  })

  it('journals channel.connect and channel.disconnect in the client and channel journals', async () => {
    await signInAs(OPERATOR)
    const { client, channel } = unconnectedPair()
    await post('/channels/connect', { channel_ids: [channel.id], client_ids: [client.id], types: ['Publish'] })
    await post('/channels/disconnect', { channel_ids: [channel.id], client_ids: [client.id], types: ['publish'] })
    const journal = backend.db.journal.query({ entityType: 'client', entityId: client.id, dir: 'desc', offset: 0, limit: 2 })
    expect(journal.entries.map((e) => e.operation)).toEqual(['channel.disconnect', 'channel.connect'])
    const operator = backend.db.findUserByLogin(OPERATOR)!
    expect(journal.entries[1].attributes).toMatchObject({
      client_ids: [client.id],
      channel_ids: [channel.id],
      types: ['publish'],
      domain: backend.domainId,
      user_id: operator.id,
    })
    const channelJournal = backend.db.journal.query({
      entityType: 'channel',
      entityId: channel.id,
      operation: 'channel.connect',
      dir: 'desc',
      offset: 0,
      limit: 1,
    })
    expect(channelJournal.total).toBeGreaterThanOrEqual(1)
  })
})

describe('POST /{domainID}/channels/{channelID}/connect and /disconnect', () => {
  it('connects clients to one channel (201) and disconnects them (204)', async () => {
    await signInAs(OPERATOR)
    const { client, channel } = unconnectedPair()
    expect(await post(`/channels/${channel.id}/connect`, { client_ids: [client.id], types: ['subscribe'] })).toMatchObject({
      status: 201,
      text: '',
    })
    expect(typesOf(client.id, channel.id)).toEqual(['Subscribe'])
    expect(await post(`/channels/${channel.id}/connect`, { client_ids: [client.id], types: ['subscribe'] })).toMatchObject({
      status: 400,
      message: 'entity already exists',
    })
    expect(await post(`/channels/${channel.id}/disconnect`, { client_ids: [client.id], types: ['subscribe'] })).toMatchObject({
      status: 204,
    })
    expect(typesOf(client.id, channel.id)).toEqual([])
  })

  it('answers 404 for an unknown channel and 400 for a malformed one on disconnect', async () => {
    await signInAs(ADMIN)
    const { client } = unconnectedPair()
    expect(
      await post('/channels/00000000-0000-4000-8000-000000000000/connect', { client_ids: [client.id], types: ['publish'] }),
    ).toMatchObject({ status: 404 })
    expect(await post('/channels/nope/disconnect', { client_ids: [client.id], types: ['publish'] })).toMatchObject({
      status: 400,
      message: 'invalid id format provided',
    })
  })
})
