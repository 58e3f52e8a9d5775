import type { EntityStatus, Metadata } from '../../src/api/schemas'
import type { ChangeLog, TableName } from './changes'
import { SortedIndex } from './sorted-index'

/** Fields clients and channels share, and that their list endpoints filter and sort on. */
export type Entity = {
  id: string
  domain_id?: string
  name?: string
  tags?: string[]
  metadata?: Metadata
  parent_group_id?: string
  status: EntityStatus
  created_at: string
  updated_at: string
}

/** `pos` is the row's place in its bucket's search table (see Bucket.search). */
type Stored<T> = { id: string; row: T; nameLower: string; pos: number }

/**
 * A bucket's rows laid out for searching, rebuilt on the first search after a change: the names joined
 * in one string (a search is a few native `indexOf` calls rather than 100,000 `includes`), and each
 * row's status and query mark in typed arrays beside them, so that counting thousands of matches reads
 * no row objects (scattered in memory, each costs a cache miss). `orders` holds, per sort order, the
 * rows' positions in that order (built when first needed): paging through the matches then reads only
 * typed arrays too, even when the matches sit far into the order.
 */
type SearchTable<T> = {
  text: string
  starts: Int32Array
  rows: Stored<T>[]
  status: Uint8Array
  marks: Int32Array
  orders: Partial<Record<EntityOrder, Int32Array>>
}

const STATUS_CODE: Record<string, number> = { enabled: 1, disabled: 2 }

export type EntityOrder = 'name' | 'created_at' | 'updated_at'

export type EntityQuery<T> = {
  offset: number
  limit: number
  order: EntityOrder
  dir: 'asc' | 'desc'
  name?: string
  status?: 'enabled' | 'disabled' | 'all'
  /** Already parsed: `any` = a,b (OR); `all` = a+b (AND). */
  tags?: { mode: 'any' | 'all'; values: string[] }
  metadata?: Metadata
  id?: string
  /** `null` = entities without a parent group. */
  group?: string | null
  /** Extra predicate (access rules, connections); keep it cheap, it runs per row. */
  where?: (row: T) => boolean
}

class Bucket<T extends Entity> {
  /**
   * In the order stored. An array, not a map: the store's `byId` finds a row, and a map per domain
   * beside it was a tenth of seeding 100,000 clients. Removing scans it, fine at run time's pace.
   */
  readonly rows: Stored<T>[] = []
  readonly indexes: Record<EntityOrder, SortedIndex<Stored<T>>> = {
    name: new SortedIndex((s) => s.nameLower),
    created_at: new SortedIndex((s) => s.row.created_at),
    updated_at: new SortedIndex((s) => s.row.updated_at),
  }
  readonly all = Object.values(this.indexes)
  private table: SearchTable<T> | null = null

  private statusCounts: Record<EntityStatus, number> | null = null

  changed() {
    this.table = null
    this.statusCounts = null
  }

  /** Rows per status, kept until the next change: the total of a list with no other filter. */
  countWithStatus(status: 'enabled' | 'disabled' | 'all') {
    if (status === 'all') return this.rows.length
    if (!this.statusCounts) {
      const counts = { enabled: 0, disabled: 0 } as Record<EntityStatus, number>
      for (const s of this.rows) counts[s.row.status] = (counts[s.row.status] ?? 0) + 1
      this.statusCounts = counts
    }
    return this.statusCounts[status] ?? 0
  }

  /** The search table, built on the first search after a change. */
  search(): SearchTable<T> {
    return (this.table ??= this.buildTable())
  }

  /** Positions (in the search table, ascending) of the rows whose name contains `needle` (lower case). */
  withName(needle: string): number[] {
    const { text, starts, rows } = this.search()
    const out: number[] = []
    if (needle.includes(SEP)) {
      for (let p = 0; p < rows.length; p++) if (rows[p].nameLower.includes(needle)) out.push(p)
      return out
    }
    // Matches come in text order, so the row a match is in is found by stepping on from the last one:
    // cheaper than a binary search per match when there are thousands.
    let p = 0
    for (let at = text.indexOf(needle); at !== -1;) {
      while (p + 1 < starts.length && starts[p + 1] <= at) p++
      out.push(p)
      // On to the next name: one row counts once however often it matches.
      at = p + 1 < starts.length ? text.indexOf(needle, starts[p + 1]) : -1
    }
    return out
  }

  private buildTable(): SearchTable<T> {
    const rows = this.rows.slice()
    const starts = new Int32Array(rows.length)
    const status = new Uint8Array(rows.length)
    const names: string[] = []
    let offset = 0
    for (let p = 0; p < rows.length; p++) {
      const s = rows[p]
      s.pos = p
      starts[p] = offset
      offset += s.nameLower.length + 1
      names.push(s.nameLower)
      status[p] = STATUS_CODE[s.row.status] ?? 0
    }
    return { text: names.join(SEP), starts, rows, status, marks: new Int32Array(rows.length), orders: {} }
  }

  /** Positions in the search table, in `order` (ascending). */
  positionsIn(order: EntityOrder): Int32Array {
    const table = this.search()
    let positions = table.orders[order]
    if (!positions) {
      const out = new Int32Array(table.rows.length)
      let i = 0
      this.indexes[order].walk('asc', (s) => {
        out[i++] = s.pos
      })
      positions = table.orders[order] = out
    }
    return positions
  }
}

/** Cannot occur in a lower-cased search: keeps a match from spanning two names. */
const SEP = '\u0000'
let queryMark = 0

const stored = <T extends Entity>(row: T): Stored<T> => ({ id: row.id, row, nameLower: (row.name ?? '').toLowerCase(), pos: 0 })

/** Rows of one entity type, bucketed by domain, kept sorted by every order the API offers. */
export class EntityStore<T extends Entity> {
  private readonly buckets = new Map<string, Bucket<T>>()
  private readonly byId = new Map<string, Stored<T>>()
  private readonly table: TableName
  private readonly changes: ChangeLog

  constructor(table: TableName, changes: ChangeLog) {
    this.table = table
    this.changes = changes
  }

  private bucket(domainId: string) {
    let bucket = this.buckets.get(domainId)
    if (!bucket) this.buckets.set(domainId, (bucket = new Bucket()))
    return bucket
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.row
  }

  getIn(domainId: string, id: string): T | undefined {
    const row = this.get(id)
    return row && row.domain_id === domainId ? row : undefined
  }

  countIn(domainId: string) {
    return this.buckets.get(domainId)?.rows.length ?? 0
  }

  /** Every row of every domain, in the order first stored. */
  *all(): IterableIterator<T> {
    for (const s of this.byId.values()) yield s.row
  }

  *allIn(domainId: string): IterableIterator<T> {
    for (const s of this.buckets.get(domainId)?.rows ?? []) yield s.row
  }

  /** Seeding: stores rows not stored yet, indexing each domain they are in once. */
  loadAll(rows: T[]) {
    const touched = new Set<Bucket<T>>()
    for (const row of rows) {
      const size = this.byId.size
      const s = stored(row)
      this.byId.set(row.id, s)
      if (this.byId.size === size) throw new Error(`${this.table} ${row.id} is stored already`)
      const bucket = this.bucket(row.domain_id ?? '')
      bucket.rows.push(s)
      touched.add(bucket)
    }
    for (const bucket of touched) {
      bucket.changed()
      for (const index of bucket.all) index.load(bucket.rows)
      // Built now, with the rest of the seeding, rather than as a long task on the first search.
      bucket.search()
    }
  }

  insert(row: T) {
    const s = stored(row)
    this.byId.set(row.id, s)
    const bucket = this.bucket(row.domain_id ?? '')
    bucket.rows.push(s)
    bucket.changed()
    for (const index of bucket.all) index.insert(s)
    this.changes.record(this.table, row.id, row)
  }

  /** Stores a new version of a row (same id, same domain). */
  put(row: T) {
    const s = this.byId.get(row.id)
    if (!s) return this.insert(row)
    const bucket = this.bucket(row.domain_id ?? '')
    const { all } = bucket
    bucket.changed()
    for (const index of all) index.remove(s)
    s.row = row
    s.nameLower = (row.name ?? '').toLowerCase()
    for (const index of all) index.insert(s)
    this.changes.record(this.table, row.id, row)
  }

  remove(id: string) {
    const s = this.byId.get(id)
    if (!s) return
    this.byId.delete(id)
    const bucket = this.bucket(s.row.domain_id ?? '')
    const at = bucket.rows.indexOf(s)
    if (at >= 0) bucket.rows.splice(at, 1)
    bucket.changed()
    for (const index of bucket.all) index.remove(s)
    this.changes.record(this.table, id, null)
  }

  query(domainId: string, query: EntityQuery<T>): { total: number; rows: T[] } {
    const q = query.name ? { ...query, name: query.name.toLowerCase() } : query
    const bucket = this.buckets.get(domainId)
    if (!bucket) return { total: 0, rows: [] }
    if (q.id !== undefined) {
      const s = this.byId.get(q.id)
      const rows = s && (s.row.domain_id ?? '') === domainId && matches(s, q) ? [s.row] : []
      return { total: rows.length, rows: rows.slice(q.offset, q.offset + q.limit) }
    }
    if (!q.name && !q.tags && !q.metadata && q.group === undefined && !q.where) return plainPage(bucket, q)
    // Count the matches first, in table order (names searched in one string, status read beside them);
    // then page through them in the order asked.
    const table = bucket.search()
    const found = q.name ? bucket.withName(q.name) : null
    const status = q.status ?? 'enabled'
    const wanted = status === 'all' ? 0 : (STATUS_CODE[status] ?? -1)
    const others = q.tags || q.metadata || q.group !== undefined || q.where ? { ...q, name: undefined, status: 'all' as const } : null
    let hits = found
    if (wanted || others || !hits) {
      hits = []
      const count = found ? found.length : table.rows.length
      for (let i = 0; i < count; i++) {
        const p = found ? found[i] : i
        if (wanted && table.status[p] !== wanted) continue
        if (others && !matches(table.rows[p], others)) continue
        hits.push(p)
      }
    }
    return { total: hits.length, rows: pageOf(bucket, table, hits, q) }
  }
}

/**
 * The requested page of `hits` (positions in `table`). A few hits are sorted directly; many are marked
 * and the order walked only as far as the page's end: with k hits among n rows that is about end × n / k
 * steps, against k × log k comparisons (each several times a step) to sort.
 */
function pageOf<T extends Entity>(bucket: Bucket<T>, table: SearchTable<T>, hits: number[], q: EntityQuery<T>): T[] {
  const total = hits.length
  const end = Math.min(q.offset + q.limit, total)
  if (q.offset >= end) return []
  const n = table.rows.length
  if (total * Math.log2(total + 1) * 8 < (end * n) / total) {
    const sorted = bucket.indexes[q.order].sort(hits.map((p) => table.rows[p]))
    // Descending is the ascending order read from the end.
    const page = q.dir === 'asc' ? sorted.slice(q.offset, end) : sorted.slice(total - end, total - q.offset).toReversed()
    return page.map((s) => s.row)
  }
  const mark = ++queryMark
  const { marks, rows } = table
  for (const p of hits) marks[p] = mark
  const positions = bucket.positionsIn(q.order)
  const page: T[] = []
  let seen = 0
  for (let i = 0; i < n && seen < end; i++) {
    const p = positions[q.dir === 'asc' ? i : n - 1 - i]
    if (marks[p] !== mark) continue
    if (seen >= q.offset) page.push(rows[p].row)
    seen++
  }
  return page
}

/** Status is the only filter: the total is counted already and the walk stops at the page's end. */
function plainPage<T extends Entity>(bucket: Bucket<T>, q: EntityQuery<T>): { total: number; rows: T[] } {
  const status = q.status ?? 'enabled'
  const total = bucket.countWithStatus(status)
  const rows: T[] = []
  const end = Math.min(q.offset + q.limit, total)
  let seen = 0
  if (q.offset < end) {
    bucket.indexes[q.order].walk(q.dir, (s) => {
      if (status !== 'all' && s.row.status !== status) return
      if (seen >= q.offset) rows.push(s.row)
      return ++seen < end
    })
  }
  return { total, rows }
}

function matches<T extends Entity>(s: Stored<T>, q: EntityQuery<T>): boolean {
  const { row } = s
  const status = q.status ?? 'enabled'
  if (status !== 'all' && row.status !== status) return false
  if (q.name && !s.nameLower.includes(q.name)) return false
  if (q.tags) {
    const tags = row.tags ?? []
    const has = (t: string) => tags.includes(t)
    if (q.tags.mode === 'all' ? !q.tags.values.every(has) : !q.tags.values.some(has)) return false
  }
  if (q.group !== undefined && (row.parent_group_id || null) !== q.group) return false
  if (q.metadata && !contains(row.metadata ?? {}, q.metadata)) return false
  return q.where ? q.where(row) : true
}

/** JSONB containment (`@>`): every key of `needle` is in `haystack` with a containing value. */
export function contains(haystack: unknown, needle: unknown): boolean {
  if (Array.isArray(needle)) {
    if (!Array.isArray(haystack)) return false
    return needle.every((n) => haystack.some((h) => contains(h, n)))
  }
  if (needle && typeof needle === 'object') {
    if (!haystack || typeof haystack !== 'object' || Array.isArray(haystack)) return false
    return Object.entries(needle).every(([k, v]) => contains((haystack as Record<string, unknown>)[k], v))
  }
  return haystack === needle
}
