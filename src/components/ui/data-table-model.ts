import {
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type RowData,
  type RowSelectionState,
} from '@tanstack/react-table'

// The table model every list shares: its TanStack features, column type and column helper (DataTable re-exports them).

export type DataTableColumnMeta = {
  /** Class for the column's cells and header (widths, alignment). */
  className?: string
  /** Header text for screen readers when the visible header is an icon or empty. */
  label?: string
  /** Shown at phone widths too (the row's name, its status, its menu); the others wait for "All columns". */
  phone?: boolean
}

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowSelectionFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
})

export type DataTableFeatures = typeof dataTableFeatures
// oxlint-disable-next-line no-explicit-any -- column value types differ per column
export type DataTableColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>

export const createColumns = <TData extends RowData>() => createColumnHelper<DataTableFeatures, TData>()

export type TableSort = { id: string; desc: boolean }
export type RowSelection = RowSelectionState
