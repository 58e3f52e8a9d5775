import type { ConnectionType } from '../../src/api/schemas'
import type { ChangeLog } from './changes'

/** Connection types as bits: one number per client × channel pair instead of a Set. */
const BIT: Record<ConnectionType, number> = { Publish: 1, Subscribe: 2 }
const TYPES = ['Publish', 'Subscribe'] as const

const typesOf = (mask: number | undefined): ConnectionType[] => (mask ? TYPES.filter((t) => mask & BIT[t]) : [])

type Links = Map<string, number>

/**
 * A client's few links as a flat `[channelId, mask, channelId, mask, …]` array: a Map per client would
 * cost several times the memory on a 100,000-client fleet.
 */
type ClientLinks = (string | number)[]

function maskIn(links: ClientLinks | undefined, channelId: string): number {
  if (!links) return 0
  for (let i = 0; i < links.length; i += 2) if (links[i] === channelId) return links[i + 1] as number
  return 0
}

/** Client × channel × type, indexed from both sides. */
export class ConnectionStore {
  private readonly byClient = new Map<string, ClientLinks>()
  /**
   * Built from `byClient` on first read, then kept up to date: the seed makes ~150,000 connections and
   * nothing reads them by channel until a channel's clients are asked for (filing them twice was a
   * tenth of the seed). The clients of a channel are in no particular order.
   */
  private channelIndex: Map<string, Links> | null = null
  private readonly gathered: ClientLinks = []
  private readonly changes: ChangeLog

  constructor(changes: ChangeLog) {
    this.changes = changes
  }

  private get byChannel(): Map<string, Links> {
    if (!this.channelIndex) {
      const index = new Map<string, Links>()
      for (const [clientId, links] of this.byClient) {
        for (let i = 0; i < links.length; i += 2) put(index, links[i] as string, clientId, links[i + 1] as number)
      }
      this.channelIndex = index
    }
    return this.channelIndex
  }

  private mask(clientId: string, channelId: string) {
    return maskIn(this.byClient.get(clientId), channelId)
  }

  types(clientId: string, channelId: string): ConnectionType[] {
    return typesOf(this.mask(clientId, channelId))
  }

  has(clientId: string, channelId: string, type: ConnectionType) {
    return (this.mask(clientId, channelId) & BIT[type]) !== 0
  }

  /** Channel id → types, for one client. */
  channelsOf(clientId: string): Map<string, ConnectionType[]> {
    const links = this.byClient.get(clientId) ?? []
    const out = new Map<string, ConnectionType[]>()
    for (let i = 0; i < links.length; i += 2) out.set(links[i] as string, typesOf(links[i + 1] as number))
    return out
  }

  /** Client id → types, for one channel. */
  clientsOf(channelId: string): Map<string, ConnectionType[]> {
    return new Map([...(this.byChannel.get(channelId) ?? [])].map(([id, mask]) => [id, typesOf(mask)]))
  }

  isClientConnected(clientId: string, channelId: string) {
    return this.mask(clientId, channelId) !== 0
  }

  countClientsOf(channelId: string) {
    return this.byChannel.get(channelId)?.size ?? 0
  }

  add(clientId: string, channelId: string, type: ConnectionType) {
    const links = this.byClient.get(clientId)
    this.setMask(clientId, channelId, maskIn(links, channelId) | BIT[type], links)
  }

  remove(clientId: string, channelId: string, type: ConnectionType) {
    const links = this.byClient.get(clientId)
    this.setMask(clientId, channelId, maskIn(links, channelId) & ~BIT[type], links)
  }

  /**
   * A new client's links at once, for seeding: one map entry instead of a lookup, a set and a copy of
   * the array per link. `types[i]` are the types to `channelIds[i]`, for the first `count`.
   */
  addAll(clientId: string, channelIds: readonly string[], types: readonly (readonly ConnectionType[])[], count = channelIds.length) {
    if (this.byClient.has(clientId) || this.channelIndex || this.changes.tracking) {
      for (let i = 0; i < count; i++) for (const type of types[i]) this.add(clientId, channelIds[i], type)
      return
    }
    // Gathered in a reused array by index (a new one per client is garbage), then copied at its exact size.
    const links = this.gathered
    let n = 0
    for (let i = 0; i < count; i++) {
      let mask = 0
      for (const type of types[i]) mask |= BIT[type]
      let at = 0
      while (at < n && links[at] !== channelIds[i]) at += 2
      if (at < n) links[at + 1] = (links[at + 1] as number) | mask
      else if (mask) {
        links[n++] = channelIds[i]
        links[n++] = mask
      }
    }
    if (n) this.byClient.set(clientId, links.slice(0, n))
  }

  /** Replaces the types of one pair (used when replaying persisted changes). */
  set(clientId: string, channelId: string, types: ConnectionType[]) {
    this.setMask(
      clientId,
      channelId,
      types.reduce((mask, t) => mask | BIT[t], 0),
    )
  }

  removeClient(clientId: string) {
    for (const channelId of Array.from(this.channelsOf(clientId).keys())) this.setMask(clientId, channelId, 0)
  }

  removeChannel(channelId: string) {
    for (const clientId of Array.from(this.byChannel.get(channelId)?.keys() ?? [])) this.setMask(clientId, channelId, 0)
  }

  /** `links`: the client's, when the caller has just looked them up (one map lookup per seeded link). */
  private setMask(clientId: string, channelId: string, mask: number, links = this.byClient.get(clientId)) {
    this.putClientLink(clientId, channelId, mask, links)
    if (this.channelIndex) put(this.channelIndex, channelId, clientId, mask)
    if (this.changes.tracking) this.changes.record('connections', `${clientId}:${channelId}`, mask ? typesOf(mask) : null)
  }

  private putClientLink(clientId: string, channelId: string, mask: number, links: ClientLinks | undefined) {
    if (!links) {
      if (mask) this.byClient.set(clientId, [channelId, mask])
      return
    }
    for (let i = 0; i < links.length; i += 2) {
      if (links[i] !== channelId) continue
      if (mask) links[i + 1] = mask
      else if (links.length === 2) this.byClient.delete(clientId)
      else links.splice(i, 2)
      return
    }
    // A new array of the exact size: `push` would leave room for ~20 items in each of 100,000 arrays.
    if (mask) this.byClient.set(clientId, links.concat(channelId, mask))
  }
}

function put(index: Map<string, Links>, a: string, b: string, mask: number) {
  let links = index.get(a)
  if (mask) {
    if (!links) index.set(a, (links = new Map()))
    links.set(b, mask)
  } else if (links) {
    links.delete(b)
    if (links.size === 0) index.delete(a)
  }
}
