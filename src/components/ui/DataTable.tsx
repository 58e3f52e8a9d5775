import { useTable, type RowData, type RowSelectionState, type SortingState, type Updater } from '@tanstack/react-table'
import { useDeferredValue, useMemo, type ReactNode } from 'react'
import { DataTableHead, selectColumn } from './DataTableHead'
import { DataRow, SkeletonRows, WholeRow, useStableCallback } from './DataTableRow'
import { ErrorState } from './StateViews'
import { dataTableFeatures, type DataTableColumn, type TableSort } from './data-table-model'
import { usePhoneColumns } from './use-phone-columns'

export {
  createColumns,
  dataTableFeatures,
  type DataTableColumn,
  type DataTableColumnMeta,
  type DataTableFeatures,
  type RowSelection,
  type TableSort,
} from './data-table-model'

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
  const current = useMemo(() => ({ rows, loading, error }), [rows, loading, error])
  const deferred = useDeferredValue(current)
  // A table's first rows (after its skeleton) render at once: the deferred pass would only come after a pass that
  // draws the skeleton again, and nothing the operator could be using is on screen yet (signing in lands here).
  const body = deferred.rows === undefined && current.rows !== undefined ? current : deferred
  const phoneColumns = usePhoneColumns(allColumns, columnVisibility)
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
      columnVisibility: phoneColumns.visibility,
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

  const rowClick = useStableCallback(onRowClick)

  const visibleColumns = table.getVisibleLeafColumns()
  const columnCount = visibleColumns.length
  // Rows are memoised: a change of shown columns or their order must reach them.
  const layout = visibleColumns.map((c) => c.id).join('|')
  const hasRows = (body.rows?.length ?? 0) > 0

  return (
    <>
      {phoneColumns.toggle}
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
          <DataTableHead table={table} sortable={Boolean(onSortChange)} />
          <tbody>
            {body.loading && !hasRows ? (
              <SkeletonRows rows={skeletonRows} columns={columnCount} />
            ) : body.error && !hasRows ? (
              <WholeRow columns={columnCount}>
                <ErrorState error={body.error} onRetry={onRetry} />
              </WholeRow>
            ) : !hasRows ? (
              <WholeRow columns={columnCount}>{empty}</WholeRow>
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
                    onClick={rowClick}
                  />
                ))
            )}
          </tbody>
        </table>
      </div>
    </>
  )
}
