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

/**
 * One entity's journal: positions in time order, split by operation once it grows large. A journal of
 * one entry (most seeded clients: their creation) is just its position.
 */
type Positions = { all: number[]; byOp?: Map<string, number[]> }
type Filed = Positions | number

/**
 * Entries kept in columns rather than as objects (the large synthetic seed): a million entry objects
 * cost hundreds of megabytes, columns a few. An entry object is built only when a query returns it.
 */
export interface CompactJournal {
  readonly length: number
  /** Milliseconds since the epoch. */
  time(index: number): number
  operation(index: number): string
  entry(index: number): JournalEntry
  /** The entity journals entry `index` belongs to (see `fileEntry`). */
  file(index: number, file: (type: JournalEntityType, id: string) => void): void
}

/** Compact sources a store can hold: a stored number is `index * SLOTS + slot`. */
const SLOTS = 4

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
  /** An entry, or where it is in one of the compact sources (see SLOTS). */
  private readonly entries: (JournalEntry | number)[] = []
  private readonly compact: CompactJournal[] = []
  private times = new Float64Array(1024)
  private readonly index: Record<JournalEntityType, Map<string, Filed>> = {
    client: new Map(),
    channel: new Map(),
    group: new Map(),
    user: new Map(),
  }
  private readonly ops = new Set<string>()
  /** The compact entry being filed: one filing callback for them all rather than a closure per entry. */
  private readonly filing = { position: 0, operation: '' }
  private readonly fileFiling = (type: JournalEntityType, id: string) => this.file(type, id, this.filing.position, this.filing.operation)
  /** Entries from the seed; the rest were added at run time and are persisted. */
  seeded = 0

  get size() {
    return this.entries.length
  }

  /** Entries added after the seed, for persistence. */
  appended(): JournalEntry[] {
    return this.entries.slice(this.seeded).map((_, i) => this.entryAt(this.seeded + i))
  }

  /** Every entry in time order, built one at a time (for checks against the index). */
  *all(): IterableIterator<JournalEntry> {
    for (let p = 0; p < this.entries.length; p++) yield this.entryAt(p)
  }

  /** Every operation the journal holds, for type-ahead. */
  operations(): string[] {
    return [...this.ops].sort()
  }

  append(entry: JournalEntry) {
    const position = this.place(Date.parse(entry.occurred_at))
    this.entries.push(entry)
    this.ops.add(entry.operation)
    fileEntry(entry, (type, id) => this.file(type, id, position, entry.operation))
  }

  /** Appends entry `index` of a compact journal (a store holds a few such sources). */
  appendCompact(source: CompactJournal, index: number) {
    let slot = this.compact.indexOf(source)
    if (slot < 0) {
      if (this.compact.length === SLOTS) throw new Error(`a journal store holds at most ${SLOTS} compact journals`)
      slot = this.compact.push(source) - 1
    }
    const position = this.place(source.time(index))
    this.entries.push(index * SLOTS + slot)
    const operation = source.operation(index)
    this.ops.add(operation)
    this.filing.position = position
    this.filing.operation = operation
    source.file(index, this.fileFiling)
  }

  /** Reserves the next position at time `t` (ms) and returns it. */
  private place(t: number) {
    const position = this.entries.length
    // Keep time order even if a clock goes backwards: an entry never sorts before its predecessor.
    if (position > 0 && t < this.times[position - 1]) t = this.times[position - 1]
    if (position === this.times.length) {
      const grown = new Float64Array(this.times.length * 2)
      grown.set(this.times)
      this.times = grown
    }
    this.times[position] = t
    return position
  }

  private entryAt(position: number): JournalEntry {
    const stored = this.entries[position]
    return typeof stored === 'number' ? this.compact[stored % SLOTS].entry(Math.floor(stored / SLOTS)) : stored
  }

  private operationAt(position: number): string {
    const stored = this.entries[position]
    return typeof stored === 'number' ? this.compact[stored % SLOTS].operation(Math.floor(stored / SLOTS)) : stored.operation
  }

  query(q: JournalQuery): { total: number; entries: JournalEntry[] } {
    const filed = this.index[q.entityType].get(q.entityId)
    const positions = typeof filed === 'number' ? { all: [filed] } : filed
    let list: number[] = positions?.all ?? []
    if (q.operation && positions) {
      list = positions.byOp ? (positions.byOp.get(q.operation) ?? []) : list.filter((p) => this.operationAt(p) === q.operation)
    }
    const lo = q.from === undefined ? 0 : this.lowerBound(list, q.from * 1000)
    const hi = q.to === undefined ? list.length : this.lowerBound(list, (q.to + 1) * 1000)
    const total = Math.max(0, hi - lo)
    const entries: JournalEntry[] = []
    for (let i = q.offset; i < Math.min(total, q.offset + q.limit); i++) {
      entries.push(this.entryAt(q.dir === 'asc' ? list[lo + i] : list[hi - 1 - i]))
    }
    return { total, entries }
  }

  private file(type: JournalEntityType, id: string, position: number, operation: string) {
    const map = this.index[type]
    const filed = map.get(id)
    if (filed === undefined) {
      map.set(id, position)
      return
    }
    let positions: Positions
    if (typeof filed === 'number') {
      if (filed === position) return
      map.set(id, (positions = { all: [filed] }))
    } else {
      positions = filed
      if (positions.all[positions.all.length - 1] === position) return
    }
    positions.all.push(position)
    if (positions.byOp) push(positions.byOp, operation, position)
    else if (positions.all.length > SPLIT_AT) {
      positions.byOp = new Map()
      for (const p of positions.all) push(positions.byOp, this.operationAt(p), p)
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
