import { FlexRender, type RowData, type Table } from '@tanstack/react-table'
import type { DataTableColumn, DataTableFeatures } from './data-table-model'
import { IconArrowDown, IconSort } from './icons'

/** The header row: sortable columns are buttons, and `aria-sort` says which one orders the rows. */
export function DataTableHead<TData extends RowData>({ table, sortable }: { table: Table<DataTableFeatures, TData>; sortable: boolean }) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const meta = header.column.columnDef.meta
            const sorted = header.column.getIsSorted()
            const canSort = header.column.getCanSort() && sortable
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
                    <FlexRender header={header} />
                    {sorted ? (
                      <IconArrowDown size={14} className={sorted === 'asc' ? 'th-sort-asc' : undefined} />
                    ) : (
                      <IconSort size={14} className="th-sort-idle" />
                    )}
                  </button>
                ) : (
                  <>
                    <FlexRender header={header} />
                    {meta?.label && <span className="visually-hidden">{meta.label}</span>}
                  </>
                )}
              </th>
            )
          })}
        </tr>
      ))}
    </thead>
  )
}

/** The checkbox column a table with a selection gets first; the header's box selects the visible page. */
export function selectColumn<TData extends RowData>(rowLabel: (row: TData) => string): DataTableColumn<TData> {
  return {
    id: 'select',
    enableSorting: false,
    meta: { className: 'col-select', label: 'Select', phone: true },
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
