import { describe, expect, it } from 'vitest'
import { basicAuth, listMessages, publishMessage } from '../../src/api/messages'
import { getClientTelemetry } from '../../src/api/telemetry'
import { ApiError } from '../../src/api/errors'
import { ADMIN, VIEWER, signInAs, setupTestBackend } from '../../src/test/backend'
import { TEST_BASE_URL } from '../node'

const backend = setupTestBackend()

/** An enabled credentials client of the main domain connected to an enabled channel as `types` only. */
function connected(types: ('Publish' | 'Subscribe')[], withRule = true) {
  const { db, domainId } = backend
  const channel = [...db.channels.allIn(domainId)].find((c) => c.status === 'enabled' && db.messages.hasSaveRule(c.id) === withRule)!
  const client = [...db.clients.allIn(domainId)].find((c) => c.status === 'enabled' && db.connections.types(c.id, channel.id).length === 0)!
  for (const type of types) db.connections.add(client.id, channel.id, type)
  return { client, channel, secret: client.credentials!.secret! }
}

const send = (target: ReturnType<typeof connected>, payload: string, over: { secret?: string; subtopic?: string } = {}) =>
  publishMessage({
    domainId: backend.domainId,
    channelId: target.channel.id,
    clientId: target.client.id,
    secret: over.secret ?? target.secret,
    subtopic: over.subtopic,
    payload,
  })

describe('the HTTP adapter: POST /http/m/{domainID}/c/{channelID}[/{subtopic}]', () => {
  it('accepts a publisher with 200 {"status":"ok"} and stores valid SenML on a channel with a save rule', async () => {
    const target = connected(['Publish'])
    const outcome = await send(target, '[{"bn":"dev:","n":"temp","u":"Cel","v":21.5,"t":1767225600},{"n":"on","vb":true}]', {
      subtopic: 'room1',
    })
    expect(outcome).toEqual({ status: 200, body: '{"status":"ok"}' })
    const stored = backend.db.messages.of(target.channel.id)!.filter((m) => m.publisher === target.client.id)
    expect(stored).toEqual([
      {
        channel: target.channel.id,
        subtopic: 'room1',
        publisher: target.client.id,
        protocol: 'http',
        name: 'dev:temp',
        unit: 'Cel',
        value: 21.5,
        time: 1767225600e9,
      },
      expect.objectContaining({ name: 'dev:on', bool_value: true, subtopic: 'room1' }),
    ])
  })

  it('answers invalid SenML 200 all the same, and stores nothing of it; a channel without a rule stores nothing at all', async () => {
    const target = connected(['Publish'])
    expect((await send(target, '[{"n":"a","v":1,"vs":"x"}]')).status).toBe(200)
    expect((await send(target, 'not json')).status).toBe(200)
    expect(backend.db.messages.of(target.channel.id)!.some((m) => m.publisher === target.client.id)).toBe(false)

    const noRule = connected(['Publish'], false)
    expect((await send(noRule, '[{"n":"a","v":1}]')).status).toBe(200)
    expect(backend.db.messages.of(noRule.channel.id)).toBeUndefined()
  })

  it('refuses wrong or missing credentials with a plain-text 401', async () => {
    const target = connected(['Publish'])
    expect(await send(target, '[]', { secret: 'wrong' })).toEqual({ status: 401, body: 'unauthorized' })
    const res = await fetch(`${TEST_BASE_URL}/http/m/${backend.domainId}/c/${target.channel.id}`, { method: 'POST', body: '[]' })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await res.text()).toBe('unauthorized\n')
  })

  it('refuses a client not connected as Publish with a plain-text 403, and a subtopic with a wildcard', async () => {
    expect(await send(connected(['Subscribe']), '[]')).toEqual({ status: 403, body: 'forbidden' })
    expect(await send(connected(['Publish']), '[]', { subtopic: 'a/+' })).toEqual({ status: 403, body: 'forbidden' })
  })

  it("counts a publish in the client's telemetry: inbound messages and last seen", async () => {
    await signInAs(ADMIN)
    const target = connected(['Publish'])
    const before = await getClientTelemetry(backend.domainId, target.client.id).catch(() => null)
    await send(target, '[{"n":"a","v":1}]')
    const after = await getClientTelemetry(backend.domainId, target.client.id)
    expect(after!.inbound_messages).toBe((before?.inbound_messages ?? 0) + 1)
    expect(Date.now() - Date.parse(after!.last_seen!)).toBeLessThan(60_000)
  })

  it('writes no journal entry, as Magistrala v0.30 has no publish event', async () => {
    const size = backend.db.journal.size
    await send(connected(['Publish']), '[{"n":"a","v":1}]')
    expect(backend.db.journal.size).toBe(size)
  })

  it('encodes a UTF-8 secret for Basic auth', () => {
    expect(basicAuth('id', 'ключ')).toBe(`Basic ${Buffer.from('id:ключ').toString('base64')}`)
  })
})

describe('the readers: GET /{domainID}/channels/{channelID}/messages', () => {
  const ruled = () =>
    [...backend.db.channels.allIn(backend.domainId)].find((c) => backend.db.messages.hasSaveRule(c.id) && c.status === 'enabled')!

  it('lists seeded history newest first, with filters, a time range in ns and paging', async () => {
    await signInAs(ADMIN)
    const channel = ruled()
    const first = await listMessages(backend.domainId, channel.id, { limit: 50 })
    expect(first.messages).toHaveLength(50)
    expect(first.total).toBeGreaterThan(100)
    const times = first.messages!.map((m) => m.time)
    expect(times).toEqual([...times].sort((a, b) => b - a))

    const temps = await listMessages(backend.domainId, channel.id, { name: 'temperature', limit: 1000 })
    expect(temps.messages!.every((m) => m.name === 'temperature' && typeof m.value === 'number')).toBe(true)
    const [newest] = temps.messages!
    const from = newest.time - 3_600e9
    const hour = await listMessages(backend.domainId, channel.id, { name: 'temperature', from, to: newest.time, limit: 1000 })
    expect(hour.messages!.every((m) => m.time >= from && m.time < newest.time)).toBe(true)
    expect(hour.total).toBe(temps.messages!.filter((m) => m.time >= from && m.time < newest.time).length)

    const second = await listMessages(backend.domainId, channel.id, { limit: 50, offset: 50 })
    expect(second.messages![0].time).toBeLessThanOrEqual(first.messages![49].time)
  })

  it('answers messages: null for a channel where nothing was ever stored', async () => {
    await signInAs(ADMIN)
    const channel = [...backend.db.channels.allIn(backend.domainId)].find((c) => !backend.db.messages.hasSaveRule(c.id))!
    expect(await listMessages(backend.domainId, channel.id, {})).toEqual({ offset: 0, limit: 0, total: 0, messages: null })
  })

  it('refuses a limit over 1000, and a user without subscribe permission on the channel', async () => {
    await signInAs(ADMIN)
    const channel = ruled()
    const tooMany = await listMessages(backend.domainId, channel.id, { limit: 1001 }).catch((e: unknown) => e)
    expect(tooMany).toBeInstanceOf(ApiError)
    expect(tooMany).toMatchObject({ status: 400, message: 'invalid limit size' })
    // The fixture's premise: a domain viewer reads channels but may not subscribe to them.
    const viewer = backend.db.users.find((u) => u.email === VIEWER)!
    expect(backend.db.access.can(viewer.id, backend.domainId, 'channel', channel.id, 'read')).toBe(true)
    expect(backend.db.access.can(viewer.id, backend.domainId, 'channel', channel.id, 'subscribe')).toBe(false)
    await signInAs(VIEWER)
    const refused = await listMessages(backend.domainId, channel.id, {}).catch((e: unknown) => e)
    expect(refused).toMatchObject({ status: 403, message: 'failed to perform authorization over the entity' })
  })

  it('lets a client read with its secret only when connected as Subscribe', async () => {
    const subscriber = connected(['Subscribe'])
    const publisher = connected(['Publish'])
    const read = (secret: string, channelId: string) =>
      fetch(`${TEST_BASE_URL}/${backend.domainId}/channels/${channelId}/messages`, { headers: { authorization: `Client ${secret}` } })
    expect((await read(subscriber.secret, subscriber.channel.id)).status).toBe(200)
    expect((await read(publisher.secret, publisher.channel.id)).status).toBe(403)
    expect((await read('wrong', subscriber.channel.id)).status).toBe(403)
  })
})
