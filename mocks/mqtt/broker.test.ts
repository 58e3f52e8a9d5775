import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { publishMessage } from '../../src/api/messages'
import { setupTestBackend } from '../../src/test/backend'
import { MqttBroker, topicMatches } from './broker'
import { decodePackets, encodeConnect, encodeSubscribe, MalformedPacket, MAX_PACKET_BYTES } from './codec'

const backend = setupTestBackend()

/** A connection whose sent frames the test reads: [type, bytes]. */
function connection() {
  const sent: Uint8Array[] = []
  let closed = false
  const session = new MqttBroker(backend.db).attach({ send: (bytes) => sent.push(bytes), close: () => (closed = true) })
  return { session, sent, isClosed: () => closed }
}

/** Topic and text of a QoS 0 PUBLISH the broker sent (one-byte remaining length in these tests). */
function readPublish(frame: Uint8Array) {
  expect(frame[0]).toBe(0x30)
  const body = frame.subarray(2)
  const length = (body[0] << 8) | body[1]
  return { topic: new TextDecoder().decode(body.subarray(2, 2 + length)), text: new TextDecoder().decode(body.subarray(2 + length)) }
}

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
    const { session, sent, isClosed } = connection()
    session.receive(encodeConnect('console-tail', client.id, 'not-the-secret'))
    expect([...sent[0]]).toEqual([0x20, 2, 0, 4])
    expect(isClosed()).toBe(true)
  })

  it('grants a Subscribe client its channel, refuses another channel with 0x80, and delivers an HTTP publish', async () => {
    const sub = connectedClient(['Subscribe'])
    const pub = connectedClient(['Publish'], sub.channel.id)
    backend.db.connections.add(pub.client.id, sub.channel.id, 'Publish')
    const { session, sent } = connection()
    // Frames may arrive split anywhere: one byte at a time.
    for (const byte of encodeConnect('console-tail', sub.client.id, sub.secret)) session.receive(new Uint8Array([byte]))
    expect([...sent[0]]).toEqual([0x20, 2, 0, 0])
    session.receive(encodeSubscribe(7, `${sub.topic}/#`))
    expect([...sent[1]]).toEqual([0x90, 3, 0, 7, 0])
    session.receive(encodeSubscribe(8, `${pub.topic}/#`))
    expect([...sent[2]]).toEqual([0x90, 3, 0, 8, 0x80])

    const payload = '[{"n":"temp","v":21.5}]'
    const common = { domainId: backend.domainId, clientId: pub.client.id, secret: pub.secret, payload }
    expect((await publishMessage({ ...common, channelId: sub.channel.id, subtopic: 'room1' })).status).toBe(200)
    expect(readPublish(sent[3])).toEqual({ topic: `${sub.topic}/room1`, text: payload })
    expect((await publishMessage({ ...common, channelId: pub.channel.id })).status).toBe(200)
    expect(sent).toHaveLength(4)
  })

  it('drops the connection of a client that publishes where it is not a publisher', () => {
    const sub = connectedClient(['Subscribe'])
    const { session, isClosed } = connection()
    session.receive(encodeConnect('device', sub.client.id, sub.secret))
    const topic = new TextEncoder().encode(sub.topic)
    session.receive(new Uint8Array([0x30, 2 + topic.length + 2, 0, topic.length, ...topic, 0x7b, 0x7d]))
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

describe('decodePackets on untrusted bytes', () => {
  it('returns packets and a rest, or throws MalformedPacket, for any input; never hangs', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        try {
          const { rest } = decodePackets(bytes)
          expect(rest.length).toBeLessThanOrEqual(bytes.length)
        } catch (error) {
          expect(error).toBeInstanceOf(MalformedPacket)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('refuses a frame over the size limit before waiting for its bytes', () => {
    const huge = MAX_PACKET_BYTES + 1
    const header = [0x30, (huge & 0x7f) | 0x80, ((huge >> 7) & 0x7f) | 0x80, (huge >> 14) & 0x7f]
    expect(() => decodePackets(new Uint8Array(header))).toThrow(MalformedPacket)
  })
})
