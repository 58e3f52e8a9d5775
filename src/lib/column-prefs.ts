import { useState } from 'react'
import { readStored, writeStored } from './browser-storage'

/** A table's columns as the operator arranged them: order by id, hidden ids, and metadata keys shown as columns. */
export type ColumnPrefs = { order: string[]; hidden: string[]; metadataKeys: string[] }

const key = (tableId: string) => `fleet-console.columns.${tableId}`
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null)

/** The stored arrangement, or `defaults` when there is none (or it is unreadable). */
export function loadColumnPrefs(tableId: string, defaults: ColumnPrefs): ColumnPrefs {
  try {
    const value = JSON.parse(readStored(key(tableId)) ?? 'null') as Record<string, unknown> | null
    const order = strings(value?.order)
    const hidden = strings(value?.hidden)
    const metadataKeys = strings(value?.metadataKeys)
    return order && hidden && metadataKeys ? { order, hidden, metadataKeys } : defaults
  } catch {
    return defaults
  }
}

export const metadataColumnId = (metadataKey: string) => `metadata.${metadataKey}`

/**
 * Every choosable column id in the operator's order: the ones they placed, then any they have not seen
 * yet (a new column, a metadata key just added) where the table puts them.
 */
export function orderedIds(prefs: ColumnPrefs, available: readonly string[]): string[] {
  const known = prefs.order.filter((id) => available.includes(id))
  return [...known, ...available.filter((id) => !known.includes(id))]
}

export function visibilityOf(prefs: ColumnPrefs): Record<string, boolean> {
  return Object.fromEntries(prefs.hidden.map((id) => [id, false]))
}

/** Moves a column one place up (-1) or down (+1) among `ids`. */
export function moveColumn(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id)
  const to = from + delta
  if (from < 0 || to < 0 || to >= ids.length) return [...ids]
  const next = [...ids]
  next.splice(from, 1)
  next.splice(to, 0, id)
  return next
}

/** The arrangement of one table, kept in the browser per table. */
export function useColumnPrefs(tableId: string, defaults: ColumnPrefs) {
  const [prefs, setPrefs] = useState(() => loadColumnPrefs(tableId, defaults))
  const update = (next: ColumnPrefs | null) => {
    setPrefs(next ?? defaults)
    writeStored(key(tableId), next ? JSON.stringify(next) : null)
  }
  return [prefs, update] as const
}
