import { FlexRender, type Row, type RowData } from '@tanstack/react-table'
import { memo, useCallback, useLayoutEffect, useRef, type MouseEvent, type ReactNode } from 'react'
import type { DataTableColumn, DataTableFeatures } from './data-table-model'
import { Skeleton } from './StateViews'

type DataRowProps<TData extends RowData> = {
  row: Row<DataTableFeatures, TData>
  /** The row's data: the row re-renders only when this, its columns or its selection change. */
  original: TData
  columns: DataTableColumn<TData>[]
  layout: string
  selected: boolean
  onClick?: (row: TData) => void
}

/**
 * One body row. Memoised because a page change or a sort first re-renders the page for the new URL while the previous
 * rows stay on screen; re-rendering every cell then would delay the new rows' paint.
 */
export const DataRow = memo(function DataRow<TData extends RowData>({ row, original, selected, onClick }: DataRowProps<TData>) {
  const click = onClick
    ? (event: MouseEvent<HTMLTableRowElement>) => {
        // Clicks on links, buttons and inputs inside the row do their own thing.
        if ((event.target as HTMLElement).closest('a, button, input, label, [role="menu"]')) return
        if (window.getSelection()?.toString()) return
        onClick(original)
      }
    : undefined
  return (
    <tr className={`${onClick ? 'row-clickable' : ''}${selected ? ' row-selected' : ''}`} onClick={click}>
      {row.getVisibleCells().map((cell) => (
        // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- a data cell; its content carries the label
        <td key={cell.id} className={cell.column.columnDef.meta?.className}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  )
}, sameRow) as <TData extends RowData>(props: DataRowProps<TData>) => ReactNode

function sameRow<TData extends RowData>(a: DataRowProps<TData>, b: DataRowProps<TData>) {
  return (
    a.original === b.original && a.columns === b.columns && a.layout === b.layout && a.selected === b.selected && a.onClick === b.onClick
  )
}

/** Placeholder rows while the first page loads, hidden from screen readers (the table is `aria-busy`). */
export function SkeletonRows({ rows, columns }: { rows: number; columns: number }) {
  return Array.from({ length: rows }, (_, i) => (
    <tr key={`skeleton-${i}`} className="row-skeleton" aria-hidden="true">
      {Array.from({ length: columns }, (_, c) => (
        <td key={c}>
          <Skeleton width={c === 0 ? '70%' : `${40 + ((i * 7 + c * 13) % 45)}%`} />
        </td>
      ))}
    </tr>
  ))
}

/** One cell across the table: the empty state, or the error when nothing loaded. */
export function WholeRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns}>{children}</td>
    </tr>
  )
}

/**
 * Rows are memoised, so the click handler they get must keep its identity while calling the latest prop; undefined
 * when there is no handler, so rows are not marked clickable.
 */
export function useStableCallback<TData>(handler: ((row: TData) => void) | undefined) {
  const latest = useRef(handler)
  useLayoutEffect(() => {
    latest.current = handler
  })
  const stable = useCallback((row: TData) => latest.current?.(row), [])
  return handler ? stable : undefined
}
