import type { RowData } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { StatusBadge, Tags } from './Badge'
import { createColumns, type DataTableColumn } from './DataTable'
import { IdCell } from './IdCell'
import { RelativeTime } from './RelativeTime'

// Columns that several entity lists (clients, channels, connections) show alike. Column ids double as the API's
// `order` values, so only the columns the API orders by are sortable.

type NameLinkOptions<TData> = {
  /** The column header; 'Name' unless the list names what the row is (e.g. 'Channel'). */
  header?: string
  /** The row's display name; also the link's title, so a truncated name can be read in full. */
  name: (row: TData) => string
  href: (row: TData) => string
}

/** The row's name as a link to the row's page. */
export function nameLinkColumn<TData extends { name?: string }>({
  header = 'Name',
  name,
  href,
}: NameLinkOptions<TData>): DataTableColumn<TData> {
  return createColumns<TData>().accessor((row) => row.name, {
    id: 'name',
    header,
    enableSorting: true,
    meta: { className: 'col-name', phone: true },
    cell: ({ row }) => (
      <Link to={href(row.original)} className="cell-link truncate" title={name(row.original)}>
        {name(row.original)}
      </Link>
    ),
  })
}

type FieldColumnOptions<TValue> = {
  header: string
  className: string
  cell: (value: TValue) => ReactNode
  /** Kept at phone widths (see DataTableColumnMeta). */
  phone?: boolean
}

/** An unsortable column that shows the row's `field` through `cell`; the field's name is the column's id. */
export function fieldColumn<TData extends RowData, TField extends keyof TData & string>(
  field: TField,
  { header, className, cell, phone }: FieldColumnOptions<TData[TField]>,
): DataTableColumn<TData> {
  return createColumns<TData>().accessor((row) => row[field], {
    id: field,
    header,
    enableSorting: false,
    meta: { className, phone },
    cell: ({ getValue }) => cell(getValue()),
  })
}

/** The short ID with a copy button; `copyLabel` names the button ('Copy client ID'). */
export const idColumn = <TData extends { id: string }>(copyLabel: string) =>
  fieldColumn<TData, 'id'>('id', { header: 'ID', className: 'col-id', cell: (id) => <IdCell id={id} copyLabel={copyLabel} /> })

/** Two chips and "+n": a third made the clients table too wide for a laptop screen. */
export const tagsColumn = <TData extends { tags?: string[] }>() =>
  fieldColumn<TData, 'tags'>('tags', { header: 'Tags', className: 'col-tags', cell: (tags) => <Tags tags={tags} max={2} /> })

/** `phone: false` where a narrow list needs the room for its connection types and actions more. */
export const statusColumn = <TData extends { status: string }>({ phone = true } = {}) =>
  fieldColumn<TData, 'status'>('status', {
    header: 'Status',
    className: 'col-status',
    phone,
    cell: (status) => <StatusBadge status={status} />,
  })

/** When the row was created, relative ('3 days ago'), with the exact time on hover; newest first on the first click. */
export function createdColumn<TData extends { created_at: string }>(): DataTableColumn<TData> {
  return createColumns<TData>().accessor((row) => row.created_at, {
    id: 'created_at',
    header: 'Created',
    enableSorting: true,
    sortDescFirst: true,
    meta: { className: 'col-created' },
    cell: ({ getValue }) => <RelativeTime value={getValue()} />,
  })
}
