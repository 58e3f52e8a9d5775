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

type Stored<T> = { id: string; row: T; nameLower: string }

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
  readonly rows = new Map<string, Stored<T>>()
  readonly indexes: Record<EntityOrder, SortedIndex<Stored<T>>> = {
    name: new SortedIndex((s) => s.nameLower),
    created_at: new SortedIndex((s) => s.row.created_at),
    updated_at: new SortedIndex((s) => s.row.updated_at),
  }
  readonly all = Object.values(this.indexes)
}

const stored = <T extends Entity>(row: T): Stored<T> => ({ id: row.id, row, nameLower: (row.name ?? '').toLowerCase() })

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
    return this.buckets.get(domainId)?.rows.size ?? 0
  }

  *allIn(domainId: string): IterableIterator<T> {
    for (const s of this.buckets.get(domainId)?.rows.values() ?? []) yield s.row
  }

  /** Seeding: index everything at once. */
  loadAll(rows: T[]) {
    const touched = new Set<Bucket<T>>()
    for (const row of rows) {
      const s = stored(row)
      const bucket = this.bucket(row.domain_id ?? '')
      this.byId.set(row.id, s)
      bucket.rows.set(row.id, s)
      touched.add(bucket)
    }
    for (const bucket of touched) {
      for (const index of bucket.all) index.load(bucket.rows.values())
    }
  }

  insert(row: T) {
    const s = stored(row)
    this.byId.set(row.id, s)
    const bucket = this.bucket(row.domain_id ?? '')
    bucket.rows.set(row.id, s)
    for (const index of bucket.all) index.insert(s)
    this.changes.record(this.table, row.id, row)
  }

  /** Stores a new version of a row (same id, same domain). */
  put(row: T) {
    const s = this.byId.get(row.id)
    if (!s) return this.insert(row)
    const { all } = this.bucket(row.domain_id ?? '')
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
    bucket.rows.delete(id)
    for (const index of bucket.all) index.remove(s)
    this.changes.record(this.table, id, null)
  }

  query(domainId: string, query: EntityQuery<T>): { total: number; rows: T[] } {
    const q = query.name ? { ...query, name: query.name.toLowerCase() } : query
    const bucket = this.buckets.get(domainId)
    if (!bucket) return { total: 0, rows: [] }
    if (q.id !== undefined) {
      const s = bucket.rows.get(q.id)
      const rows = s && matches(s, q) ? [s.row] : []
      return { total: rows.length, rows: rows.slice(q.offset, q.offset + q.limit) }
    }
    const rows: T[] = []
    let total = 0
    const end = q.offset + q.limit
    bucket.indexes[q.order].walk(q.dir, (s) => {
      if (!matches(s, q)) return
      if (total >= q.offset && total < end) rows.push(s.row)
      total++
    })
    return { total, rows }
  }
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
