import type { Entity, EntityOrder, EntityQuery } from '../db/entity-store'
import { fail, type queryOf } from './kit'

/** Reads the list parameters clients and channels share, with the services' messages. */
export function entityListQuery<T extends Entity>(q: ReturnType<typeof queryOf>): EntityQuery<T> {
  const name = q.string('name')
  if (name && name.length > 1024) throw fail.badRequest('invalid name size')
  const rawTags = q.string('tags')
  return {
    offset: q.uint('offset', 0),
    limit: q.limit(10),
    order: q.oneOf<EntityOrder>('order', ['name', 'created_at', 'updated_at'], 'updated_at', 'invalid list order provided'),
    dir: q.oneOf('dir', ['asc', 'desc'], 'desc', 'invalid list direction provided'),
    status: q.oneOf<'enabled' | 'disabled' | 'all'>('status', ['enabled', 'disabled', 'all'], 'enabled', 'invalid status'),
    name,
    tags: rawTags ? parseTags(rawTags) : undefined,
    metadata: q.object('metadata'),
    id: q.string('id'),
    group: q.has('group') ? (q.string('group') ?? null) : undefined,
  }
}

/** `a,b` = any of the tags, `a+b` = all of them (magistrala#2875). */
export function parseTags(raw: string): { mode: 'any' | 'all'; values: string[] } {
  const mode = raw.includes('+') ? 'all' : 'any'
  const values = raw
    .split(mode === 'all' ? '+' : ',')
    .map((t) => t.trim())
    .filter(Boolean)
  return { mode, values }
}

/** List envelopes of the Go services omit `offset` when 0 and the array when empty. */
export function pageBody(key: string, total: number, offset: number, limit: number, rows: unknown[]) {
  return { total, ...(offset ? { offset } : {}), limit, ...(rows.length ? { [key]: rows } : {}) }
}
