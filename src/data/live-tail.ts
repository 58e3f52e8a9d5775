import { useCallback, useEffect, useRef, useState } from 'react'
import type { MqttClient } from 'mqtt'

/** How many messages the tail keeps; older ones are dropped so a busy channel cannot fill the page's memory. */
export const TAIL_LIMIT = 200

export type TailMessage = { seq: number; topic: string; subtopic: string; receivedAt: number; text: string }

export type TailPhase = 'idle' | 'connecting' | 'live' | 'refused' | 'unreachable'
export type TailStatus = { phase: TailPhase; detail?: string }

export type TailTarget = { url: string; domainId: string; channelId: string; clientId: string; secret: string }

/** MQTT 3.1.1 CONNACK codes FluxMQ sends, as an operator reads them. */
const REFUSALS: Record<number, string> = {
  4: 'Wrong key: no enabled client has this ID and secret.',
  5: 'Not authorized: the client or its domain is disabled.',
}

/**
 * Watches a channel as its client would: MQTT over WebSocket with username = client ID and password = secret,
 * subscribed to `m/<domain>/c/<channel>/#`. The session's own MQTT client ID is random, so the device's session is
 * never taken over. Paused, new messages are held (still bounded) and shown on resume. The MQTT library (~100 KB gz)
 * is downloaded on the first start only.
 */
export function useLiveTail(target: TailTarget) {
  const [status, setStatus] = useState<TailStatus>({ phase: 'idle' })
  const [messages, setMessages] = useState<TailMessage[]>([])
  const [paused, setPaused] = useState(false)
  const [heldCount, setHeldCount] = useState(0)
  /** Received since the last clear: with what is shown and held, it tells how many the limit dropped. */
  const [received, setReceived] = useState(0)
  const client = useRef<MqttClient | null>(null)
  const pausedRef = useRef(false)
  const held = useRef<TailMessage[]>([])
  const seq = useRef(0)

  const stop = useCallback(() => {
    client.current?.end(true)
    client.current = null
    setStatus((s) => (s.phase === 'live' || s.phase === 'connecting' ? { phase: 'idle' } : s))
  }, [])

  const add = useCallback((message: TailMessage) => {
    setReceived((n) => n + 1)
    if (pausedRef.current) {
      held.current = [message, ...held.current].slice(0, TAIL_LIMIT)
      setHeldCount(held.current.length)
    } else setMessages((shown) => [message, ...shown].slice(0, TAIL_LIMIT))
  }, [])

  const start = useCallback(async () => {
    stop()
    setStatus({ phase: 'connecting' })
    // The browser build exports one default object; the types describe the Node build's named exports.
    const library = await import('mqtt')
    const { connect } = library.default ?? library
    const topic = `m/${target.domainId}/c/${target.channelId}`
    const session = connect(target.url, {
      username: target.clientId,
      password: target.secret,
      clientId: `fleet-console-${crypto.randomUUID().slice(0, 8)}`,
      protocolVersion: 4,
      clean: true,
      reconnectPeriod: 0,
      connectTimeout: 10_000,
    })
    client.current = session
    let connected = false
    session.on('connect', () => {
      connected = true
      session.subscribe(`${topic}/#`, { qos: 0 }, (error, granted) => {
        if (error || granted?.[0]?.qos === 128) {
          setStatus({
            phase: 'refused',
            detail: 'The broker refused the subscription: the client is not connected to this channel as Subscribe.',
          })
          session.end(true)
        } else setStatus({ phase: 'live' })
      })
    })
    session.on('message', (name, payload) => {
      const subtopic = name.startsWith(`${topic}/`) ? name.slice(topic.length + 1) : ''
      add({ seq: ++seq.current, topic: name, subtopic, receivedAt: Date.now(), text: new TextDecoder().decode(payload) })
    })
    session.on('error', (error) => {
      const code = (error as { code?: unknown }).code
      const refusal = typeof code === 'number' ? REFUSALS[code] : undefined
      setStatus(refusal ? { phase: 'refused', detail: refusal } : { phase: 'unreachable', detail: error.message })
      session.end(true)
    })
    session.on('close', () => {
      if (client.current !== session) return
      client.current = null
      setStatus((s) =>
        s.phase === 'refused'
          ? s
          : connected
            ? { phase: 'unreachable', detail: 'The broker closed the connection.' }
            : { phase: 'unreachable', detail: `Nothing answered at ${target.url}.` },
      )
    })
  }, [add, stop, target.url, target.domainId, target.channelId, target.clientId, target.secret])

  const setPause = useCallback((next: boolean) => {
    pausedRef.current = next
    setPaused(next)
    if (next) return
    const waiting = held.current
    held.current = []
    setHeldCount(0)
    if (waiting.length) setMessages((shown) => [...waiting, ...shown].slice(0, TAIL_LIMIT))
  }, [])

  const clear = useCallback(() => {
    setMessages([])
    held.current = []
    setHeldCount(0)
    setReceived(0)
  }, [])

  // Leaving the page (or picking another channel) ends the session.
  useEffect(() => stop, [stop, target.url, target.channelId, target.clientId])

  const dropped = Math.max(0, received - messages.length - heldCount)
  return { status, messages, held: heldCount, dropped, paused, start, stop, setPause, clear }
}
