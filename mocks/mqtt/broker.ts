// The framing is mqtt-packet's (the packet library mqtt.js itself uses); this file is FluxMQ's rules on top.
import { subtopicProblem } from '../../src/api/schemas/message'
import type { Database } from '../db/database'
import { acceptPublish, authenticateClient, mayUse } from '../handlers/messaging'
import { Buffer } from 'buffer'
import { generate, parser, type IConnectPacket, type IPublishPacket, type ISubscribePacket, type Packet } from 'mqtt-packet'

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
    // mqtt-packet frames the bytes (chunks may split or join packets) and builds the answers.
    const reader = parser({ protocolVersion: 4 })
    const send = (packet: Packet) => transport.send(new Uint8Array(generate(packet)))
    let clientId: string | null = null
    const filters = new Set<string>()
    const stopListening = this.db.messages.listen((topic, payload) => {
      if ([...filters].some((filter) => topicMatches(filter, topic)))
        send({ cmd: 'publish', topic, payload: Buffer.from(payload), qos: 0, dup: false, retain: false })
    })
    let ended = false
    const end = () => {
      if (ended) return
      ended = true
      stopListening()
      filters.clear()
      transport.close()
    }

    reader.on('error', end) // a malformed packet: FluxMQ closes the connection
    reader.on('packet', (packet: Packet) => {
      if (ended) return
      if (packet.cmd === 'connect') {
        if (clientId !== null) return end() // a second CONNECT is a protocol violation
        clientId = this.connect(packet, send)
        if (clientId === null) end()
      } else if (clientId === null) {
        end() // nothing before CONNECT
      } else if (packet.cmd === 'subscribe') {
        send({ cmd: 'suback', messageId: packet.messageId, granted: this.subscribe(clientId, packet, filters) })
      } else if (packet.cmd === 'unsubscribe') {
        for (const topic of packet.unsubscriptions) filters.delete(topic)
        send({ cmd: 'unsuback', messageId: packet.messageId, granted: [] })
      } else if (packet.cmd === 'publish') {
        if (!this.publish(clientId, packet)) return end()
        if (packet.qos > 0) send({ cmd: 'puback', messageId: packet.messageId })
      } else if (packet.cmd === 'pingreq') {
        send({ cmd: 'pingresp' })
      } else if (packet.cmd === 'disconnect') {
        end()
      }
    })
    const receive = (chunk: Uint8Array) => {
      if (!ended) reader.parse(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
    }
    return { receive, closed: () => (stopListening(), filters.clear()) }
  }

  /** The authenticated client's ID, or null after refusing with the CONNACK FluxMQ sends. */
  private connect(packet: IConnectPacket, send: (packet: Packet) => void): string | null {
    const connack = (returnCode: number) => send({ cmd: 'connack', returnCode, sessionPresent: false })
    const refuse = (code: number) => (connack(code), null)
    if (packet.protocolVersion !== 4 && packet.protocolVersion !== 3) return refuse(CONNACK.badProtocol)
    if (!packet.clientId && !packet.clean) return refuse(CONNACK.badClientId)
    const client = authenticateClient(this.db, packet.username ?? '', packet.password?.toString('utf8') ?? '')
    if (!client) return refuse(CONNACK.badCredentials)
    connack(CONNACK.accepted)
    return client.id
  }

  private subscribe(clientId: string, packet: ISubscribePacket, filters: Set<string>): number[] {
    return packet.subscriptions.map(({ topic }) => {
      const target = subscribeTarget(topic)
      if (!target || !mayUse(this.db, target.domainId, clientId, target.channelId, 'Subscribe')) return SUBACK_FAILURE
      filters.add(topic)
      return 0 // the mock delivers at QoS 0
    })
  }

  private publish(clientId: string, packet: IPublishPacket): boolean {
    const match = TOPIC.exec(packet.topic)
    if (!match) return false
    const [, domainId, channelId, subtopic = ''] = match
    if (subtopicProblem(subtopic) || !mayUse(this.db, domainId, clientId, channelId, 'Publish')) return false
    const payload = typeof packet.payload === 'string' ? new TextEncoder().encode(packet.payload) : new Uint8Array(packet.payload)
    acceptPublish(this.db, { domainId, channelId, subtopic, publisher: clientId, protocol: 'mqtt' }, payload)
    return true
  }
}
