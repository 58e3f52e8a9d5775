import type { RowData } from '@tanstack/react-table'
import { useMemo, useState } from 'react'
import { PHONE_QUERY, useMediaQuery } from '../../lib/use-media-query'
import { Button } from './Button'
import type { DataTableColumn } from './data-table-model'

const NONE: Record<string, boolean> = {}

/** A column's id as TanStack derives it: `id`, else the accessor key. */
const columnId = <TData extends RowData>(column: DataTableColumn<TData>) =>
  column.id ?? ('accessorKey' in column ? String(column.accessorKey) : '')

/**
 * At phone widths a list shows only its `phone` columns (name, status, row menu), so the row menu is on screen
 * without scrolling sideways; a button shows the rest on demand. Tables that mark no column keep them all.
 */
export function usePhoneColumns<TData extends RowData>(columns: DataTableColumn<TData>[], chosen: Record<string, boolean> = NONE) {
  const phone = useMediaQuery(PHONE_QUERY)
  const [showAll, setShowAll] = useState(false)
  const waiting = useMemo(
    () => (columns.some((c) => c.meta?.phone) ? columns.filter((c) => !c.meta?.phone && chosen[columnId(c)] !== false).map(columnId) : []),
    [columns, chosen],
  )
  const compact = phone && waiting.length > 0
  const visibility = useMemo(
    () => (compact && !showAll ? { ...chosen, ...Object.fromEntries(waiting.map((id) => [id, false])) } : chosen),
    [compact, showAll, chosen, waiting],
  )
  const toggle = compact ? (
    <div className="table-columns-toggle">
      <Button size="sm" variant="ghost" aria-pressed={showAll} onClick={() => setShowAll(!showAll)}>
        {showAll ? 'Fewer columns' : `All columns (${waiting.length} more)`}
      </Button>
    </div>
  ) : null
  return { visibility, toggle }
}
