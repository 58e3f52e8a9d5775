import {
  createColumnHelper,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table'
import { useMemo, type ReactNode } from 'react'
import { ErrorState, Skeleton } from './StateViews'
import { IconArrowDown, IconArrowUp, IconSort } from './icons'

export type DataTableColumnMeta = {
  /** Class for the column's cells and header (widths, alignment). */
  className?: string
  /** Header text for screen readers when the visible header is an icon or empty. */
  label?: string
}

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowSelectionFeature,
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
  selection?: { value: RowSelectionState; onChange: (next: RowSelectionState) => void; rowLabel: (row: TData) => string }
  skeletonRows?: number
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
}: DataTableProps<TData>) {
  const allColumns = useMemo(
    () => (selection ? [selectColumn(selection.rowLabel) as DataTableColumn<TData>, ...columns] : columns),
    [columns, selection],
  )
  const sorting: SortingState = sort ? [sort] : []
  const table = useTable({
    features: dataTableFeatures,
    columns: allColumns,
    data: rows ?? (EMPTY as TData[]),
    getRowId,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    enableRowRangeSelection: true,
    state: { sorting, rowSelection: selection?.value ?? {} },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater
      if (next[0]) onSortChange?.(next[0])
    },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) => {
      if (!selection) return
      selection.onChange(typeof updater === 'function' ? updater(selection.value) : updater)
    },
  })

  const columnCount = allColumns.length
  const hasRows = (rows?.length ?? 0) > 0

  return (
    <div className="table-wrap" aria-busy={loading || fetching || undefined}>
      {fetching && !loading && <div className="table-progress" aria-hidden="true" />}
      {error && hasRows ? (
        // ErrorState is itself the alert; a second role would announce it twice.
        <div className="table-banner">
          <ErrorState error={error} onRetry={onRetry} title="Could not refresh; showing the last loaded rows" />
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
                        {sorted === 'asc' ? (
                          <IconArrowUp size={14} />
                        ) : sorted === 'desc' ? (
                          <IconArrowDown size={14} />
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
          {loading && !hasRows ? (
            Array.from({ length: skeletonRows }, (_, i) => (
              <tr key={`skeleton-${i}`} className="row-skeleton" aria-hidden="true">
                {allColumns.map((_, c) => (
                  <td key={c}>
                    <Skeleton width={c === 0 ? '70%' : `${40 + ((i * 7 + c * 13) % 45)}%`} />
                  </td>
                ))}
              </tr>
            ))
          ) : error && !hasRows ? (
            <tr>
              <td colSpan={columnCount}>
                <ErrorState error={error} onRetry={onRetry} />
              </td>
            </tr>
          ) : !hasRows ? (
            <tr>
              <td colSpan={columnCount}>{empty}</td>
            </tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                className={`${onRowClick ? 'row-clickable' : ''}${row.getIsSelected() ? ' row-selected' : ''}`}
                onClick={
                  onRowClick
                    ? (event) => {
                        // Clicks on links, buttons and inputs inside the row do their own thing.
                        if ((event.target as HTMLElement).closest('a, button, input, label, [role="menu"]')) return
                        if (window.getSelection()?.toString()) return
                        onRowClick(row.original)
                      }
                    : undefined
                }
              >
                {row.getAllCells().map((cell) => (
                  // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- a data cell; its content carries the label
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
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
