import { ws } from 'msw'
import type { Database } from '../db/database'

/** What a WebSocket message may carry, as bytes in arrival order. */
async function bytesOf(data: unknown): Promise<Uint8Array> {
  if (typeof data === 'string') return new TextEncoder().encode(data)
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  if (data instanceof Blob) return new Uint8Array(await data.arrayBuffer())
  return new Uint8Array()
}

/**
 * FluxMQ's MQTT over WebSocket (nginx's `/mqtt` on the gateway's ports), answered in the page: MSW intercepts the
 * browser's WebSocket to any host's `/mqtt`, and the mock broker speaks MQTT on it. The broker and its packet library
 * (~60 KB gz with their stream and Buffer polyfills) are loaded on the first connection, not with the demo.
 */
export function mqttWebSocketHandler(db: Database) {
  let broker: Promise<import('./broker').MqttBroker> | null = null
  return ws.link(/^wss?:\/\/[^/]+\/mqtt$/).addEventListener('connection', ({ client }) => {
    broker ??= import('./broker').then(({ MqttBroker }) => new MqttBroker(db))
    const session = broker.then((b) => b.attach({ send: (bytes) => client.send(bytes), close: () => client.close() }))
    // The broker and Blobs arrive asynchronously: a chain keeps the chunks in order.
    let chain: Promise<unknown> = session
    client.addEventListener('message', (event) => {
      chain = chain.then(async () => (await session).receive(await bytesOf(event.data)))
    })
    client.addEventListener('close', () => void session.then((s) => s.closed()))
  })
}
