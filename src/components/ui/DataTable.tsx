import {
  FlexRender,
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type Row,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table'
import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, type MouseEvent, type ReactNode } from 'react'
import { ErrorState, Skeleton } from './StateViews'
import { IconArrowDown, IconSort } from './icons'

export type DataTableColumnMeta = {
  /** Class for the column's cells and header (widths, alignment). */
  className?: string
  /** Header text for screen readers when the visible header is an icon or empty. */
  label?: string
}

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowSelectionFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
})

type Features = typeof dataTableFeatures
// oxlint-disable-next-line no-explicit-any -- column value types differ per column
export type DataTableColumn<TData extends RowData> = ColumnDef<Features, TData, any>

export const createColumns = <TData extends RowData>() => createColumnHelper<Features, TData>()

export type TableSort = { id: string; desc: boolean }
export type RowSelection = RowSelectionState

type DataTableProps<TData extends RowData> = {
  /** Caption, read by screen readers; also the table's accessible name. */
  label: string
  columns: DataTableColumn<TData>[]
  rows: TData[] | undefined
  getRowId: (row: TData) => string
  sort?: TableSort | null
  onSortChange?: (sort: TableSort) => void
  /** First load: no rows to show yet. */
  loading?: boolean
  /** A refetch is under way; the current rows stay visible. */
  fetching?: boolean
  error?: unknown
  onRetry?: () => void
  empty?: ReactNode
  onRowClick?: (row: TData) => void
  /** `rowLabel` names each row's checkbox; keep it stable (module scope) or every row re-renders with the page. */
  selection?: { value: RowSelectionState; onChange: (next: RowSelectionState) => void; rowLabel: (row: TData) => string }
  skeletonRows?: number
  /** Columns shown (absent: shown) and their order by id, as a column chooser keeps them; unlisted columns follow. */
  columnVisibility?: Record<string, boolean>
  columnOrder?: string[]
}

const EMPTY: never[] = []

/** The one table of the console: server-side sorting and paging, real <table> markup. */
export function DataTable<TData extends RowData>({
  label,
  columns,
  rows,
  getRowId,
  sort,
  onSortChange,
  loading,
  fetching,
  error,
  onRetry,
  empty,
  onRowClick,
  selection,
  skeletonRows = 8,
  columnVisibility,
  columnOrder,
}: DataTableProps<TData>) {
  // Keyed on the label function, not the selection object (new on every render), so rows stay memoised.
  const rowLabel = selection?.rowLabel
  const allColumns = useMemo(
    () => (rowLabel ? [selectColumn(rowLabel) as DataTableColumn<TData>, ...columns] : columns),
    [columns, rowLabel],
  )
  // Rows that arrive with a query's answer would render in React's blocking lane: on a slow machine a page of new rows
  // is then one long task. Deferred, they render in slices, as page and sort changes do inside the router's transition.
  // Rows, loading and error move together, so no pass pairs new rows with an old state (an empty-state flash).
  const body = useDeferredValue(useMemo(() => ({ rows, loading, error }), [rows, loading, error]))
  const sorting: SortingState = sort ? [sort] : []
  const table = useTable({
    features: dataTableFeatures,
    columns: allColumns,
    data: body.rows ?? (EMPTY as TData[]),
    getRowId,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    enableRowRangeSelection: true,
    state: {
      sorting,
      rowSelection: selection?.value ?? {},
      columnVisibility: columnVisibility ?? {},
      // The checkboxes stay first whatever the order.
      columnOrder: columnOrder ? ['select', ...columnOrder] : [],
    },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater
      if (next[0]) onSortChange?.(next[0])
    },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) => {
      if (!selection) return
      selection.onChange(typeof updater === 'function' ? updater(selection.value) : updater)
    },
  })

  // Rows are memoised, so the click handler they get must keep its identity while calling the latest prop.
  const onRowClickRef = useRef(onRowClick)
  useLayoutEffect(() => {
    onRowClickRef.current = onRowClick
  })
  const rowClick = useCallback((row: TData) => onRowClickRef.current?.(row), [])

  const visibleColumns = table.getVisibleLeafColumns()
  const columnCount = visibleColumns.length
  // Rows are memoised: a change of shown columns or their order must reach them.
  const layout = visibleColumns.map((c) => c.id).join('|')
  const hasRows = (body.rows?.length ?? 0) > 0

  return (
    <div className="table-wrap" aria-busy={loading || fetching || undefined}>
      {fetching && !loading && <div className="table-progress" aria-hidden="true" />}
      {body.error && hasRows ? (
        // ErrorState is itself the alert; a second role would announce it twice.
        <div className="table-banner">
          <ErrorState error={body.error} onRetry={onRetry} title="Could not refresh; showing the last loaded rows" />
        </div>
      ) : null}
      <table className="table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta
                const sorted = header.column.getIsSorted()
                const canSort = header.column.getCanSort() && Boolean(onSortChange)
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={meta?.className}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined}
                  >
                    {header.isPlaceholder ? null : canSort ? (
                      <button
                        type="button"
                        className={`th-sort${sorted ? ' is-sorted' : ''}`}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        {sorted ? (
                          <IconArrowDown size={14} className={sorted === 'asc' ? 'th-sort-asc' : undefined} />
                        ) : (
                          <IconSort size={14} className="th-sort-idle" />
                        )}
                      </button>
                    ) : (
                      <>
                        <table.FlexRender header={header} />
                        {meta?.label && <span className="visually-hidden">{meta.label}</span>}
                      </>
                    )}
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {body.loading && !hasRows ? (
            Array.from({ length: skeletonRows }, (_, i) => (
              <tr key={`skeleton-${i}`} className="row-skeleton" aria-hidden="true">
                {visibleColumns.map((_, c) => (
                  <td key={c}>
                    <Skeleton width={c === 0 ? '70%' : `${40 + ((i * 7 + c * 13) % 45)}%`} />
                  </td>
                ))}
              </tr>
            ))
          ) : body.error && !hasRows ? (
            <tr>
              <td colSpan={columnCount}>
                <ErrorState error={body.error} onRetry={onRetry} />
              </td>
            </tr>
          ) : !hasRows ? (
            <tr>
              <td colSpan={columnCount}>{empty}</td>
            </tr>
          ) : (
            table
              .getRowModel()
              .rows.map((row) => (
                <DataRow
                  key={row.id}
                  row={row}
                  original={row.original}
                  columns={allColumns}
                  layout={layout}
                  selected={row.getIsSelected()}
                  onClick={onRowClick ? rowClick : undefined}
                />
              ))
          )}
        </tbody>
      </table>
    </div>
  )
}

type DataRowProps<TData extends RowData> = {
  row: Row<Features, TData>
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
const DataRow = memo(function DataRow<TData extends RowData>({ row, original, selected, onClick }: DataRowProps<TData>) {
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

function selectColumn<TData extends RowData>(rowLabel: (row: TData) => string): DataTableColumn<TData> {
  return {
    id: 'select',
    enableSorting: false,
    meta: { className: 'col-select', label: 'Select' },
    header: ({ table }) => (
      <input
        type="checkbox"
        className="checkbox"
        aria-label="Select all rows on this page"
        checked={table.getIsAllPageRowsSelected()}
        ref={(el) => {
          if (el) el.indeterminate = table.getIsSomePageRowsSelected()
        }}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        className="checkbox"
        aria-label={`Select ${rowLabel(row.original)}`}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  }
}
