import { JOURNAL_LIMIT_MAX, type JournalListParams } from '../../api/schemas/journal'

/** Time range presets; `custom` reads `from`/`to` (Unix seconds) from the URL. */
export const RANGES = [
  { value: 'all', label: 'All time', seconds: 0 },
  { value: '1h', label: 'Last hour', seconds: 3600 },
  { value: '24h', label: 'Last 24 hours', seconds: 86_400 },
  { value: '7d', label: 'Last 7 days', seconds: 7 * 86_400 },
  { value: 'custom', label: 'Custom range', seconds: 0 },
] as const

/** The journal returns at most 10 entries a page (more is a 400). */
export const AUDIT_PAGE_SIZES = [5, JOURNAL_LIMIT_MAX] as const

/** A journal view's state in the URL; `from`/`to` 0 means "not set". */
export const AUDIT_DEFAULTS = {
  op: '',
  range: 'all',
  from: 0,
  to: 0,
  dir: 'desc',
  page: 1,
  size: JOURNAL_LIMIT_MAX as number,
  live: '',
  /** '1': only the operations that change something, each read on its own and merged by time. */
  changes: '',
}

export type AuditState = typeof AUDIT_DEFAULTS

export const AUDIT_ALLOWED = {
  range: RANGES.map((r) => r.value),
  dir: ['asc', 'desc'],
  size: [...AUDIT_PAGE_SIZES],
  live: ['', '1'],
  changes: ['', '1'],
} as const

/** What a journal listing depends on; the query key holds it as is (a relative range stays relative). */
export type AuditFilters = Pick<AuditState, 'op' | 'range' | 'from' | 'to' | 'dir' | 'page' | 'size' | 'changes'>

export function auditFilters(state: AuditState): AuditFilters {
  const { op, range, from, to, dir, page, size, changes } = state
  return { op, range, from, to, dir, page, size, changes }
}

/** "Changes only" applies while no one operation is chosen: an exact operation is its own filter. */
export function changesOnly(filters: Pick<AuditState, 'op' | 'changes'>) {
  return filters.changes === '1' && !filters.op
}

export function hasAuditFilters(state: Pick<AuditState, 'op' | 'range'>) {
  return Boolean(state.op) || state.range !== 'all'
}

/** The range in Unix seconds (inclusive) at `now`; presets count back from it. */
export function resolveRange(filters: Pick<AuditFilters, 'range' | 'from' | 'to'>, now = Date.now()): { from?: number; to?: number } {
  if (filters.range === 'custom') return { from: filters.from || undefined, to: filters.to || undefined }
  const preset = RANGES.find((r) => r.value === filters.range)
  if (!preset?.seconds) return {}
  return { from: Math.floor(now / 1000) - preset.seconds }
}

/** URL state → the journal endpoint's query; entries always come with attributes (the actor) and metadata. */
export function toJournalParams(filters: AuditFilters, now = Date.now()): JournalListParams {
  return {
    offset: (filters.page - 1) * filters.size,
    limit: filters.size,
    operation: filters.op || undefined,
    ...resolveRange(filters, now),
    dir: filters.dir === 'asc' ? 'asc' : 'desc',
    with_attributes: true,
    with_metadata: true,
  }
}

/** `<input type="datetime-local">` value (local time, minutes) ↔ Unix seconds. */
export function toLocalInput(seconds: number): string {
  if (!seconds) return ''
  const date = new Date(seconds * 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/**
 * Unix seconds of a datetime-local value. The input has minute precision and the service's `to` is
 * inclusive, so an end time covers its whole minute.
 */
export function fromLocalInput(value: string, edge: 'start' | 'end'): number {
  if (!value) return 0
  const ms = new Date(value).getTime()
  if (Number.isNaN(ms)) return 0
  return Math.floor(ms / 1000) + (edge === 'end' ? 59 : 0)
}
