import type { JournalEntityType, JournalEntry } from '../../src/api/schemas'

export type JournalQuery = {
  entityType: JournalEntityType
  entityId: string
  operation?: string
  /** Unix seconds, inclusive. */
  from?: number
  to?: number
  dir: 'asc' | 'desc'
  offset: number
  limit: number
}

/** One entity's journal: positions in time order, split by operation once it grows large. */
type Positions = { all: number[]; byOp?: Map<string, number[]> }

/** Below this many entries a search by operation just filters; above it, per-operation lists pay off. */
const SPLIT_AT = 64

const PREFIX: Record<JournalEntityType, string> = { client: 'client.', channel: 'channel.', group: 'group.', user: 'user.' }
const TYPES = Object.keys(PREFIX) as JournalEntityType[]

/**
 * The journal, append-only and in time order. Each entry is filed under every entity journal it belongs
 * to, so a search by entity, operation and time range is a lookup and two binary searches whatever the
 * journal's size. Times are kept in a typed array, apart from the entries.
 */
export class JournalStore {
  private readonly entries: JournalEntry[] = []
  private times = new Float64Array(1024)
  private readonly index: Record<JournalEntityType, Map<string, Positions>> = {
    client: new Map(),
    channel: new Map(),
    group: new Map(),
    user: new Map(),
  }
  private readonly ops = new Set<string>()
  /** Entries from the seed; the rest were added at run time and are persisted. */
  seeded = 0

  get size() {
    return this.entries.length
  }

  /** Entries added after the seed, for persistence. */
  appended(): JournalEntry[] {
    return this.entries.slice(this.seeded)
  }

  /** Every operation the journal holds, for type-ahead. */
  operations(): string[] {
    return [...this.ops].sort()
  }

  append(entry: JournalEntry) {
    const position = this.entries.length
    let t = Date.parse(entry.occurred_at)
    // Keep time order even if a clock goes backwards: an entry never sorts before its predecessor.
    if (position > 0 && t < this.times[position - 1]) t = this.times[position - 1]
    if (position === this.times.length) {
      const grown = new Float64Array(this.times.length * 2)
      grown.set(this.times)
      this.times = grown
    }
    this.times[position] = t
    this.entries.push(entry)
    this.ops.add(entry.operation)
    fileEntry(entry, (type, id) => this.file(type, id, position, entry.operation))
  }

  query(q: JournalQuery): { total: number; entries: JournalEntry[] } {
    const positions = this.index[q.entityType].get(q.entityId)
    let list: number[] = positions?.all ?? []
    if (q.operation && positions) {
      list = positions.byOp ? (positions.byOp.get(q.operation) ?? []) : list.filter((p) => this.entries[p].operation === q.operation)
    }
    const lo = q.from === undefined ? 0 : this.lowerBound(list, q.from * 1000)
    const hi = q.to === undefined ? list.length : this.lowerBound(list, (q.to + 1) * 1000)
    const total = Math.max(0, hi - lo)
    const entries: JournalEntry[] = []
    for (let i = q.offset; i < Math.min(total, q.offset + q.limit); i++) {
      entries.push(this.entries[q.dir === 'asc' ? list[lo + i] : list[hi - 1 - i]])
    }
    return { total, entries }
  }

  private file(type: JournalEntityType, id: string, position: number, operation: string) {
    const map = this.index[type]
    let positions = map.get(id)
    if (!positions) map.set(id, (positions = { all: [] }))
    if (positions.all[positions.all.length - 1] === position) return
    positions.all.push(position)
    if (positions.byOp) push(positions.byOp, operation, position)
    else if (positions.all.length > SPLIT_AT) {
      positions.byOp = new Map()
      for (const p of positions.all) push(positions.byOp, this.entries[p]?.operation ?? operation, p)
    }
  }

  private lowerBound(list: number[], t: number) {
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.times[list[mid]] < t) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

function push(map: Map<string, number[]>, key: string, position: number) {
  const list = map.get(key)
  if (list) list.push(position)
  else map.set(key, [position])
}

/**
 * Which entity journals an entry belongs to, following the journal service's queries: `client.*`
 * operations by `id`/`entity_id`, plus any entry whose `client_ids` holds the client (connect,
 * disconnect); likewise for channels; a user's journal is everything they did.
 */
export function fileEntry(entry: JournalEntry, file: (type: JournalEntityType, id: string) => void) {
  const a = entry.attributes
  if (!a) return
  for (const type of TYPES) {
    if (!entry.operation.startsWith(PREFIX[type])) continue
    if (typeof a.id === 'string') file(type, a.id)
    if (typeof a.entity_id === 'string' && a.entity_id !== a.id) file(type, a.entity_id)
  }
  if (Array.isArray(a.client_ids)) for (const id of a.client_ids) if (typeof id === 'string') file('client', id)
  if (Array.isArray(a.channel_ids)) for (const id of a.channel_ids) if (typeof id === 'string') file('channel', id)
  if (typeof a.user_id === 'string') file('user', a.user_id)
}
