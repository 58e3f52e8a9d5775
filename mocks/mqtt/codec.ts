// MQTT 3.1.1 framing for the mock broker: the packets a subscriber or publisher over WebSocket exchanges with FluxMQ
// (CONNECT, PUBLISH at QoS 0/1, SUBSCRIBE, UNSUBSCRIBE, PINGREQ, DISCONNECT in; their acknowledgements out). The usual
// packet library (mqtt-packet) is built on Node streams and Buffer, which the in-page mock cannot load, and the subset
// is small. The decoder reads untrusted bytes: every step consumes input or stops, and frames have a size cap.

/** FluxMQ's default maximum packet size is larger; the mock only needs test messages. */
export const MAX_PACKET_BYTES = 256 * 1024

export type Connect = {
  type: 'connect'
  protocolLevel: number
  clientId: string
  cleanSession: boolean
  username?: string
  password?: string
}
export type Publish = { type: 'publish'; topic: string; payload: Uint8Array; qos: number; packetId?: number }
export type Subscribe = { type: 'subscribe'; packetId: number; topics: { topic: string; qos: number }[] }
export type Unsubscribe = { type: 'unsubscribe'; packetId: number; topics: string[] }
export type Packet = Connect | Publish | Subscribe | Unsubscribe | { type: 'pingreq' } | { type: 'disconnect' } | { type: 'puback' }

export class MalformedPacket extends Error {}

/** A cursor over one packet's bytes; reading past the end is a malformed packet. */
class Reader {
  private at = 0
  constructor(private readonly bytes: Uint8Array) {}
  get left() {
    return this.bytes.length - this.at
  }
  byte() {
    if (this.left < 1) throw new MalformedPacket('packet ends early')
    return this.bytes[this.at++]
  }
  uint16() {
    return (this.byte() << 8) | this.byte()
  }
  binary() {
    const length = this.uint16()
    if (this.left < length) throw new MalformedPacket('packet ends early')
    const out = this.bytes.subarray(this.at, this.at + length)
    this.at += length
    return out
  }
  string() {
    return new TextDecoder('utf-8', { fatal: false }).decode(this.binary())
  }
  rest() {
    const out = this.bytes.subarray(this.at)
    this.at = this.bytes.length
    return out
  }
}

/**
 * The whole packets at the start of `bytes`, and the bytes of an incomplete one left for the next chunk. Throws
 * MalformedPacket for what no MQTT 3.1.1 client sends; the broker then closes the connection, as FluxMQ does.
 */
export function decodePackets(bytes: Uint8Array): { packets: Packet[]; rest: Uint8Array } {
  const packets: Packet[] = []
  let at = 0
  while (at < bytes.length) {
    const header = bytes[at]
    let length = 0
    let lengthBytes = 0
    let complete = false
    while (at + 1 + lengthBytes < bytes.length) {
      const digit = bytes[at + 1 + lengthBytes]
      length += (digit & 0x7f) * 128 ** lengthBytes
      lengthBytes++
      if (!(digit & 0x80)) {
        complete = true
        break
      }
      if (lengthBytes === 4) throw new MalformedPacket('remaining length longer than four bytes')
    }
    if (!complete) break
    if (length > MAX_PACKET_BYTES) throw new MalformedPacket(`packet of ${length} bytes is over the limit`)
    const start = at + 1 + lengthBytes
    if (start + length > bytes.length) break
    packets.push(decodeOne(header, new Reader(bytes.subarray(start, start + length))))
    at = start + length
  }
  return { packets, rest: bytes.subarray(at) }
}

function decodeOne(header: number, body: Reader): Packet {
  const flags = header & 0x0f
  switch (header >> 4) {
    case 1:
      return decodeConnect(body)
    case 3: {
      const qos = (flags >> 1) & 0x03
      if (qos === 3) throw new MalformedPacket('QoS 3 does not exist')
      const topic = body.string()
      const packetId = qos > 0 ? body.uint16() : undefined
      return { type: 'publish', topic, qos, packetId, payload: body.rest() }
    }
    case 4:
      return { type: 'puback' }
    case 8: {
      const packetId = body.uint16()
      const topics: Subscribe['topics'] = []
      while (body.left > 0) topics.push({ topic: body.string(), qos: body.byte() & 0x03 })
      if (!topics.length) throw new MalformedPacket('SUBSCRIBE without a topic')
      return { type: 'subscribe', packetId, topics }
    }
    case 10: {
      const packetId = body.uint16()
      const topics: string[] = []
      while (body.left > 0) topics.push(body.string())
      return { type: 'unsubscribe', packetId, topics }
    }
    case 12:
      return { type: 'pingreq' }
    case 14:
      return { type: 'disconnect' }
    default:
      throw new MalformedPacket(`packet type ${header >> 4} is not one a client sends`)
  }
}

function decodeConnect(body: Reader): Connect {
  const protocol = body.string()
  const protocolLevel = body.byte()
  if (protocol !== 'MQTT' && protocol !== 'MQIsdp') throw new MalformedPacket(`unknown protocol ${protocol}`)
  const flags = body.byte()
  body.uint16() // keep-alive: the mock never times a session out
  const connect: Connect = { type: 'connect', protocolLevel, clientId: body.string(), cleanSession: Boolean(flags & 0x02) }
  if (flags & 0x04) {
    body.string() // will topic
    body.binary() // will message
  }
  if (flags & 0x80) connect.username = body.string()
  if (flags & 0x40) connect.password = new TextDecoder().decode(body.binary())
  return connect
}

const utf8 = (text: string) => new TextEncoder().encode(text)

function frame(header: number, body: Uint8Array): Uint8Array {
  const length: number[] = []
  let left = body.length
  do {
    let digit = left % 128
    left = Math.floor(left / 128)
    if (left > 0) digit |= 0x80
    length.push(digit)
  } while (left > 0)
  const out = new Uint8Array(1 + length.length + body.length)
  out[0] = header
  out.set(length, 1)
  out.set(body, 1 + length.length)
  return out
}

const uint16 = (n: number) => [(n >> 8) & 0xff, n & 0xff]

function withLength(bytes: Uint8Array) {
  const out = new Uint8Array(2 + bytes.length)
  out.set(uint16(bytes.length))
  out.set(bytes, 2)
  return out
}

/** CONNACK with a 3.1.1 return code: 0 accepted, 4 bad user name or password, 5 not authorized. */
export const encodeConnack = (returnCode: number) => frame(0x20, new Uint8Array([0, returnCode]))
/** SUBACK: one code per topic, the granted QoS or 0x80 for a refusal. */
export const encodeSuback = (packetId: number, codes: number[]) => frame(0x90, new Uint8Array([...uint16(packetId), ...codes]))
export const encodeUnsuback = (packetId: number) => frame(0xb0, new Uint8Array(uint16(packetId)))
export const encodePuback = (packetId: number) => frame(0x40, new Uint8Array(uint16(packetId)))
export const encodePingresp = () => frame(0xd0, new Uint8Array())

/** A QoS 0 PUBLISH: what subscribers get from the broker. */
export function encodePublish(topic: string, payload: Uint8Array): Uint8Array {
  const name = withLength(utf8(topic))
  const body = new Uint8Array(name.length + payload.length)
  body.set(name)
  body.set(payload, name.length)
  return frame(0x30, body)
}

/** A client's CONNECT (for tests and the benchmark's fake devices). */
export function encodeConnect(clientId: string, username?: string, password?: string): Uint8Array {
  const parts = [withLength(utf8('MQTT')), new Uint8Array([4, (username ? 0x80 : 0) | (password ? 0x40 : 0) | 0x02, 0, 60])]
  parts.push(withLength(utf8(clientId)))
  if (username) parts.push(withLength(utf8(username)))
  if (password) parts.push(withLength(utf8(password)))
  return frame(0x10, concat(parts))
}

/** A client's SUBSCRIBE to one topic at QoS 0 (for tests). */
export const encodeSubscribe = (packetId: number, topic: string) =>
  frame(0x82, concat([new Uint8Array(uint16(packetId)), withLength(utf8(topic)), new Uint8Array([0])]))

function concat(parts: Uint8Array[]) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
