import type { ClientListParams } from '../../api/schemas/client'

export const CLIENT_LIST_DEFAULTS = {
  q: '',
  status: 'all',
  /** Comma-separated tags. */
  tags: '',
  /**
   * `all` sends `tags=a+b` (AND), `any` sends `tags=a,b` (OR), as Magistrala reads them. A second chip
   * narrows the list by default, as operators expect of a filter.
   */
  tagMode: 'all',
  /** A JSON object, sent as the `metadata` containment filter. */
  meta: '',
  group: '',
  page: 1,
  size: 25,
  sort: 'created_at',
  dir: 'desc',
}

export type ClientListState = typeof CLIENT_LIST_DEFAULTS

export const CLIENT_LIST_ALLOWED = {
  status: ['all', 'enabled', 'disabled'],
  tagMode: ['any', 'all'],
  size: [10, 25, 50, 100],
  sort: ['name', 'created_at', 'last_seen'],
  dir: ['asc', 'desc'],
} as const

export const tagsOf = (state: Pick<ClientListState, 'tags'>) => state.tags.split(',').filter(Boolean)

export function metadataOf(state: Pick<ClientListState, 'meta'>): Record<string, unknown> {
  if (!state.meta) return {}
  try {
    const value: unknown = JSON.parse(state.meta)
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** A UUID, the shape of every Magistrala id: pasted into the search box, it means that client. */
const ID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The search text as the list route's exact-id filter when it is shaped like an id (names rarely are). */
export const searchedId = (q: string) => (ID_SHAPE.test(q.trim()) ? q.trim().toLowerCase() : undefined)

/** URL state → the clients list endpoint's query parameters. */
export function toListParams(state: ClientListState): ClientListParams {
  const tags = tagsOf(state)
  const metadata = metadataOf(state)
  return {
    offset: (state.page - 1) * state.size,
    limit: state.size,
    ...(searchedId(state.q) ? { id: searchedId(state.q) } : { name: state.q || undefined }),
    tags: tags.length ? tags.join(state.tagMode === 'all' ? '+' : ',') : undefined,
    metadata: Object.keys(metadata).length ? metadata : undefined,
    group: state.group || undefined,
    status: state.status as ClientListParams['status'],
    // Magistrala cannot sort clients by last seen: that sort is applied to the page (see ClientsPage).
    order: state.sort === 'last_seen' ? 'updated_at' : (state.sort as ClientListParams['order']),
    dir: state.sort === 'last_seen' ? 'desc' : (state.dir as ClientListParams['dir']),
  }
}

/** A typed value for a metadata filter: numbers, booleans and null as JSON, anything else as text. */
export function metadataValue(text: string): unknown {
  const trimmed = text.trim()
  if (/^(-?\d+(\.\d+)?|true|false|null)$/.test(trimmed)) return JSON.parse(trimmed)
  if (/^".*"$/.test(trimmed)) {
    try {
      return JSON.parse(trimmed)
    } catch {
      return trimmed
    }
  }
  return trimmed
}
