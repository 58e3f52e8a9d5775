import { readStored, writeStored } from './browser-storage'
import type { ColumnPrefs } from './column-prefs'

/**
 * A named list view: its URL query (filters and sort, never the page) and its columns. Kept per table and
 * domain in the browser. Nothing secret is in one: the query holds what the list shows, as the URL does.
 */
export type SavedView = { name: string; query: string; columns: ColumnPrefs }

const key = (table: string, domainId: string) => `fleet-console.views.${table}.${domainId}`

function isView(value: unknown): value is SavedView {
  if (!value || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  const c = v.columns as Record<string, unknown> | undefined
  return (
    typeof v.name === 'string' &&
    typeof v.query === 'string' &&
    !!c &&
    [c.order, c.hidden, c.metadataKeys].every((list) => Array.isArray(list) && list.every((item) => typeof item === 'string'))
  )
}

export function loadViews(table: string, domainId: string): SavedView[] {
  try {
    const value: unknown = JSON.parse(readStored(key(table, domainId)) ?? '[]')
    return Array.isArray(value) ? value.filter(isView) : []
  } catch {
    return []
  }
}

export function storeViews(table: string, domainId: string, views: SavedView[]) {
  writeStored(key(table, domainId), views.length ? JSON.stringify(views) : null)
}

/** The query a view keeps: the list's state without its page (a view opens on page 1) or a columns link. */
export function viewQuery(search: string): string {
  const params = new URLSearchParams(search)
  params.delete('page')
  params.delete(COLUMNS_PARAM)
  return params.toString()
}

/** Adds or replaces (by name) a view; names are compared trimmed and case-insensitively. */
export function withView(views: SavedView[], view: SavedView): SavedView[] {
  const same = (v: SavedView) => v.name.trim().toLowerCase() === view.name.trim().toLowerCase()
  return views.some(same) ? views.map((v) => (same(v) ? view : v)) : [...views, view]
}

/** The URL parameter a shared link carries the shown columns in, in order (`name,status,metadata.model`). */
export const COLUMNS_PARAM = 'columns'

export function columnsParam(prefs: ColumnPrefs, orderedIds: readonly string[]): string {
  return orderedIds.filter((id) => !prefs.hidden.includes(id)).join(',')
}

/**
 * The columns a link asks for: those named, in that order, shown; every other one hidden; the
 * `metadata.*` ones become metadata columns. Null when the link names none the table has.
 */
export function prefsFromColumnsParam(value: string, available: readonly string[]): ColumnPrefs | null {
  const shown = [...new Set(value.split(',').filter((id) => available.includes(id) || id.startsWith('metadata.')))]
  if (shown.length === 0) return null
  const metadataKeys = shown.filter((id) => id.startsWith('metadata.')).map((id) => id.slice('metadata.'.length))
  const hidden = available.filter((id) => !shown.includes(id))
  return { order: [...shown, ...hidden], hidden, metadataKeys }
}
