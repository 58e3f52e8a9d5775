import { subtopicProblem } from '../../src/api/schemas/message'
import type { Database } from '../db/database'
import { acceptPublish, authenticateClient, mayUse } from '../handlers/messaging'
import {
  decodePackets,
  encodeConnack,
  encodePingresp,
  encodePuback,
  encodePublish,
  encodeSuback,
  encodeUnsuback,
  MalformedPacket,
  type Connect,
  type Publish,
  type Subscribe,
} from './codec'

/** One network connection to the broker, whatever carries it (MSW's WebSocket in the page, a test's fake). */
export type MqttTransport = { send(bytes: Uint8Array): void; close(): void }

const SUBACK_FAILURE = 0x80
/** CONNACK return codes of MQTT 3.1.1. */
const CONNACK = { accepted: 0, badProtocol: 1, badClientId: 2, badCredentials: 4 } as const

/** `m/<domain>/c/<channel>[/<subtopic>]`, a leading `/` allowed (pkg/messaging/topics.go). */
const TOPIC = /^\/?m\/([^/]+)\/c\/([^/]+)(?:\/(.*))?$/

/** Does the subscription `filter` (with `+` and `#` as whole levels) take `topic`? */
export function topicMatches(filter: string, topic: string): boolean {
  const want = filter.replace(/^\//, '').split('/')
  const got = topic.replace(/^\//, '').split('/')
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '#') return i === want.length - 1
    if (i >= got.length) return false
    if (want[i] !== '+' && want[i] !== got[i]) return false
  }
  return want.length === got.length
}

/** Subscribe filters FluxMQ authorizes: a concrete channel, wildcards only as whole subtopic levels (topics.go). */
function subscribeTarget(filter: string) {
  const match = TOPIC.exec(filter)
  if (!match || /[+#]/.test(match[1] + match[2])) return null
  const subtopic = match[3] ?? ''
  if (subtopic.split('/').some((level) => /[+#]/.test(level) && level.length > 1)) return null
  if (subtopic.split('/').slice(0, -1).includes('#')) return null
  return { domainId: match[1], channelId: match[2] }
}

/**
 * FluxMQ as a client over MQTT sees it (v3 handler): username = client ID and password = secret, else CONNACK 4 and
 * the connection closed; a subscription to a channel the client is not connected to as Subscribe gets SUBACK 0x80; a
 * publish without Publish drops the connection. Accepted publishes reach every matching subscription, HTTP ones too.
 */
export class MqttBroker {
  constructor(private readonly db: Database) {}

  /** A new connection; returns what to call with each chunk of bytes that arrives and when it closes. */
  attach(transport: MqttTransport) {
    let pending = new Uint8Array()
    let clientId: string | null = null
    const filters = new Set<string>()
    const stopListening = this.db.messages.listen((topic, payload) => {
      if ([...filters].some((filter) => topicMatches(filter, topic))) transport.send(encodePublish(topic, payload))
    })
    const end = () => {
      stopListening()
      filters.clear()
      transport.close()
    }

    const receive = (chunk: Uint8Array) => {
      const joined = new Uint8Array(pending.length + chunk.length)
      joined.set(pending)
      joined.set(chunk, pending.length)
      try {
        const { packets, rest } = decodePackets(joined)
        pending = rest.slice()
        for (const packet of packets) {
          if (packet.type === 'connect') {
            if (clientId !== null) return end() // a second CONNECT is a protocol violation
            clientId = this.connect(packet, transport)
            if (clientId === null) return end()
          } else if (clientId === null) {
            return end() // nothing before CONNECT
          } else if (packet.type === 'subscribe') {
            transport.send(encodeSuback(packet.packetId, this.subscribe(clientId, packet, filters)))
          } else if (packet.type === 'unsubscribe') {
            for (const topic of packet.topics) filters.delete(topic)
            transport.send(encodeUnsuback(packet.packetId))
          } else if (packet.type === 'publish') {
            if (!this.publish(clientId, packet)) return end()
            if (packet.qos > 0 && packet.packetId !== undefined) transport.send(encodePuback(packet.packetId))
          } else if (packet.type === 'pingreq') {
            transport.send(encodePingresp())
          } else if (packet.type === 'disconnect') {
            return end()
          }
        }
      } catch (error) {
        if (error instanceof MalformedPacket) return end()
        throw error
      }
    }
    return { receive, closed: () => (stopListening(), filters.clear()) }
  }

  /** The authenticated client's ID, or null after refusing with the CONNACK FluxMQ sends. */
  private connect(packet: Connect, transport: MqttTransport): string | null {
    const refuse = (code: number) => (transport.send(encodeConnack(code)), null)
    if (packet.protocolLevel !== 4 && packet.protocolLevel !== 3) return refuse(CONNACK.badProtocol)
    if (!packet.clientId && !packet.cleanSession) return refuse(CONNACK.badClientId)
    const client = authenticateClient(this.db, packet.username ?? '', packet.password ?? '')
    if (!client) return refuse(CONNACK.badCredentials)
    transport.send(encodeConnack(CONNACK.accepted))
    return client.id
  }

  private subscribe(clientId: string, packet: Subscribe, filters: Set<string>): number[] {
    return packet.topics.map(({ topic }) => {
      const target = subscribeTarget(topic)
      if (!target || !mayUse(this.db, target.domainId, clientId, target.channelId, 'Subscribe')) return SUBACK_FAILURE
      filters.add(topic)
      return 0 // the mock delivers at QoS 0
    })
  }

  private publish(clientId: string, packet: Publish): boolean {
    const match = TOPIC.exec(packet.topic)
    if (!match) return false
    const [, domainId, channelId, subtopic = ''] = match
    if (subtopicProblem(subtopic) || !mayUse(this.db, domainId, clientId, channelId, 'Publish')) return false
    acceptPublish(this.db, { domainId, channelId, subtopic, publisher: clientId, protocol: 'mqtt' }, packet.payload)
    return true
  }
}
