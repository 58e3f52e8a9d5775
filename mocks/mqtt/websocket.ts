import { ws } from 'msw'
import type { Database } from '../db/database'
import { MqttBroker } from './broker'

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
 * browser's WebSocket to any host's `/mqtt`, and the mock broker speaks MQTT on it.
 */
export function mqttWebSocketHandler(db: Database) {
  const broker = new MqttBroker(db)
  return ws.link(/^wss?:\/\/[^/]+\/mqtt$/).addEventListener('connection', ({ client }) => {
    const session = broker.attach({ send: (bytes) => client.send(bytes), close: () => client.close() })
    // Blobs are read asynchronously: a chain keeps the chunks in order.
    let chain = Promise.resolve()
    client.addEventListener('message', (event) => {
      chain = chain.then(async () => session.receive(await bytesOf(event.data)))
    })
    client.addEventListener('close', () => session.closed())
  })
}
