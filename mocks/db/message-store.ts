import type { StoredMessage } from '../../src/api/schemas/message'
import { stableHash } from './random'

/** Telemetry the journal keeps from publish events: counts and last seen per client. */
export type PublishActivity = { inbound: number; outbound: number; lastSeen: number }

export type SavedMessages = { stored: StoredMessage[]; activity: [string, PublishActivity][] }

/** How many messages stored since the seed a demo keeps across reloads (local storage is small). */
const SAVED_MESSAGES_MAX = 2000

const HOUR = 3_600_000
const HISTORY_DAYS = 3
const HISTORY_STEP = 15 * 60_000
/** Seeded history covers at most this many publishers per channel: enough for a chart, cheap to make. */
const HISTORY_PUBLISHERS = 3

/**
 * What the writers stored (the readers' table) and the Rules Engine's `save_senml` rules, by channel. Seeded history
 * is made on a channel's first read, not at seed time: the 100,000-client seed stays as fast as before.
 */
export class MessageStore {
  /** Channels with a rule whose output is `save_senml`: only their messages reach the readers. */
  private readonly saveRules = new Set<string>()
  private readonly byChannel = new Map<string, StoredMessage[]>()
  private readonly activity = new Map<string, PublishActivity>()
  /** Stored since the seed, oldest first, for the demo's saved state (the newest few thousand). */
  private added: StoredMessage[] = []
  /** Channels whose seeded history is still to be made, with the time it ends. */
  private readonly historyUntil = new Map<string, number>()

  /** The broker's sessions, told of every accepted publish (HTTP or MQTT) to pass it to their subscriptions. */
  private readonly listeners = new Set<(topic: string, payload: Uint8Array) => void>()

  /** @param publishersOf the clients connected to a channel as Publish, for its seeded history */
  constructor(private readonly publishersOf: (channelId: string) => string[]) {}

  hasSaveRule(channelId: string) {
    return this.saveRules.has(channelId)
  }

  addSaveRule(channelId: string) {
    this.saveRules.add(channelId)
  }

  /** A save rule on `channelId` and a few days of history up to `until`, made when the channel is first read. */
  seedRule(channelId: string, until: number) {
    this.saveRules.add(channelId)
    this.historyUntil.set(channelId, until)
  }

  /** The channel's stored messages, oldest first; undefined when nothing was ever stored (no table yet). */
  of(channelId: string): StoredMessage[] | undefined {
    const until = this.historyUntil.get(channelId)
    if (until !== undefined) {
      this.historyUntil.delete(channelId)
      const history = seededHistory(channelId, this.publishersOf(channelId).slice(0, HISTORY_PUBLISHERS), until)
      const stored = this.byChannel.get(channelId) ?? []
      this.byChannel.set(channelId, [...history, ...stored])
    }
    return this.byChannel.get(channelId)
  }

  store(message: StoredMessage) {
    const list = this.of(message.channel)
    if (list) list.push(message)
    else this.byChannel.set(message.channel, [message])
    this.added.push(message)
    if (this.added.length > SAVED_MESSAGES_MAX * 2) this.added = this.added.slice(-SAVED_MESSAGES_MAX)
  }

  /** What publishes changed since the seed, for a demo reload to find its test messages and counts again. */
  snapshot(): SavedMessages {
    return { stored: this.added.slice(-SAVED_MESSAGES_MAX), activity: [...this.activity] }
  }

  restore(saved: SavedMessages) {
    for (const message of saved.stored) this.store(message)
    for (const [id, activity] of saved.activity) this.activity.set(id, activity)
  }

  /** Hears every accepted publish; returns the way to stop. */
  listen(listener: (topic: string, payload: Uint8Array) => void) {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  announce(topic: string, payload: Uint8Array) {
    for (const listener of this.listeners) listener(topic, payload)
  }

  activityOf(clientId: string): PublishActivity | undefined {
    return this.activity.get(clientId)
  }

  /** A publish event as the journal counts it: inbound for the publisher, outbound for the channel's subscribers. */
  countPublish(publisherId: string, subscriberIds: Iterable<string>, at: number) {
    const bump = (id: string, key: 'inbound' | 'outbound') => {
      const current = this.activity.get(id) ?? { inbound: 0, outbound: 0, lastSeen: 0 }
      current[key] += 1
      if (key === 'inbound') current.lastSeen = Math.max(current.lastSeen, at)
      this.activity.set(id, current)
    }
    bump(publisherId, 'inbound')
    for (const id of subscriberIds) if (id !== publisherId) bump(id, 'outbound')
  }
}

/** Temperature and humidity on a daily cycle, and a counter that only grows: a trend worth a chart. */
function seededHistory(channelId: string, publishers: string[], until: number): StoredMessage[] {
  const messages: StoredMessage[] = []
  const start = until - HISTORY_DAYS * 24 * HOUR
  for (const [index, publisher] of publishers.entries()) {
    const h = stableHash(publisher + channelId)
    const phase = (h % 24) * HOUR
    let count = h % 1000
    for (let t = start + (h % HISTORY_STEP); t < until; t += HISTORY_STEP) {
      const day = Math.sin(((t + phase) / (24 * HOUR)) * 2 * Math.PI)
      const noise = (((t / HISTORY_STEP) * 7919 + h) % 100) / 100 - 0.5
      const time = t * 1e6
      const base = { channel: channelId, subtopic: index ? `room${index}` : '', publisher, protocol: index % 2 ? 'http' : 'mqtt', time }
      count += 1 + ((h + Math.floor(t / HISTORY_STEP)) % 3)
      messages.push(
        { ...base, name: 'temperature', unit: 'Cel', value: round(20 + index * 2 + 3 * day + noise) },
        { ...base, name: 'humidity', unit: '%RH', value: round(45 + 10 * day - noise * 4) },
        { ...base, name: 'counter', value: count },
      )
    }
  }
  return messages.sort((a, b) => a.time! - b.time!)
}

const round = (value: number) => Math.round(value * 100) / 100
