import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { publishMessage } from '../../src/api/messages'
import { setupTestBackend } from '../../src/test/backend'
import { MqttBroker, topicMatches } from './broker'
import { generate, parser, type Packet } from 'mqtt-packet'

const backend = setupTestBackend()

/** A connection as a client sees it: the packets the broker sent, read back with mqtt-packet's parser. */
function connection() {
  const sent: Packet[] = []
  const reader = parser({ protocolVersion: 4 })
  reader.on('packet', (packet: Packet) => sent.push(packet))
  let closed = false
  const session = new MqttBroker(backend.db).attach({ send: (bytes) => reader.parse(Buffer.from(bytes)), close: () => (closed = true) })
  const write = (packet: Packet) => session.receive(new Uint8Array(generate(packet)))
  return { session, write, sent, isClosed: () => closed }
}

const connect = (username: string, password: string): Packet => ({
  cmd: 'connect',
  protocolId: 'MQTT',
  protocolVersion: 4,
  clientId: 'fleet-console-test',
  clean: true,
  keepalive: 60,
  username,
  password: Buffer.from(password),
})
const subscribe = (messageId: number, topic: string): Packet => ({ cmd: 'subscribe', messageId, subscriptions: [{ topic, qos: 0 }] })

function connectedClient(types: ('Publish' | 'Subscribe')[], avoidChannel?: string) {
  const { db, domainId } = backend
  const channel = [...db.channels.allIn(domainId)].find((c) => c.status === 'enabled' && c.id !== avoidChannel)!
  const client = [...db.clients.allIn(domainId)].find((c) => c.status === 'enabled' && db.connections.types(c.id, channel.id).length === 0)!
  for (const type of types) db.connections.add(client.id, channel.id, type)
  return { client, channel, secret: client.credentials!.secret!, topic: `m/${domainId}/c/${channel.id}` }
}

describe('the mock MQTT broker (FluxMQ over WebSocket)', () => {
  it('refuses a wrong secret with CONNACK 4 and closes, as FluxMQ does', () => {
    const { client } = connectedClient(['Subscribe'])
    const { write, sent, isClosed } = connection()
    write(connect(client.id, 'not-the-secret'))
    expect(sent).toMatchObject([{ cmd: 'connack', returnCode: 4 }])
    expect(isClosed()).toBe(true)
  })

  it('grants a Subscribe client its channel, refuses another channel with 0x80, and delivers an HTTP publish', async () => {
    const sub = connectedClient(['Subscribe'])
    const pub = connectedClient(['Publish'], sub.channel.id)
    backend.db.connections.add(pub.client.id, sub.channel.id, 'Publish')
    const { session, write, sent } = connection()
    // Frames may arrive split anywhere: one byte at a time.
    for (const byte of generate(connect(sub.client.id, sub.secret))) session.receive(new Uint8Array([byte]))
    write(subscribe(7, `${sub.topic}/#`))
    write(subscribe(8, `${pub.topic}/#`))
    expect(sent).toMatchObject([
      { cmd: 'connack', returnCode: 0 },
      { cmd: 'suback', messageId: 7, granted: [0] },
      { cmd: 'suback', messageId: 8, granted: [0x80] },
    ])

    const payload = '[{"n":"temp","v":21.5}]'
    const common = { domainId: backend.domainId, clientId: pub.client.id, secret: pub.secret, payload }
    expect((await publishMessage({ ...common, channelId: sub.channel.id, subtopic: 'room1' })).status).toBe(200)
    expect(sent[3]).toMatchObject({ cmd: 'publish', topic: `${sub.topic}/room1` })
    expect(String((sent[3] as { payload: Buffer }).payload)).toBe(payload)
    expect((await publishMessage({ ...common, channelId: pub.channel.id })).status).toBe(200)
    expect(sent).toHaveLength(4)
  })

  it('drops the connection of a client that publishes where it is not a publisher', () => {
    const sub = connectedClient(['Subscribe'])
    const { write, isClosed } = connection()
    write(connect(sub.client.id, sub.secret))
    write({ cmd: 'publish', topic: sub.topic, payload: '{}', qos: 0, dup: false, retain: false })
    expect(isClosed()).toBe(true)
  })

  it('matches + and # as whole levels', () => {
    expect(topicMatches('m/d/c/ch/#', 'm/d/c/ch')).toBe(true)
    expect(topicMatches('m/d/c/ch/#', 'm/d/c/ch/a/b')).toBe(true)
    expect(topicMatches('m/d/c/ch/+', 'm/d/c/ch/a')).toBe(true)
    expect(topicMatches('m/d/c/ch/+', 'm/d/c/ch/a/b')).toBe(false)
    expect(topicMatches('m/d/c/ch', 'm/d/c/other')).toBe(false)
  })
})

describe('the broker on untrusted bytes', () => {
  it('answers or closes for any input, never hangs or throws', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 512 }), { maxLength: 8 }), (chunks) => {
        const { session } = connection()
        for (const chunk of chunks) session.receive(chunk)
      }),
      { numRuns: 1000 },
    )
  })
})
