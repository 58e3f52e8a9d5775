import { Link } from 'react-router-dom'
import { formatDateTime, formatRelative } from '../../lib/format'
import { StatusBadge, Tags } from './Badge'
import { createColumns, type DataTableColumn } from './DataTable'
import { IdCell } from './IdCell'

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
    meta: { className: 'col-name' },
    cell: ({ row }) => (
      <Link to={href(row.original)} className="cell-link truncate" title={name(row.original)}>
        {name(row.original)}
      </Link>
    ),
  })
}

/** The short ID with a copy button; `copyLabel` names the button ('Copy client ID'). */
export function idColumn<TData extends { id: string }>(copyLabel: string): DataTableColumn<TData> {
  return createColumns<TData>().accessor((row) => row.id, {
    id: 'id',
    header: 'ID',
    enableSorting: false,
    meta: { className: 'col-id' },
    cell: ({ getValue }) => <IdCell id={getValue()} copyLabel={copyLabel} />,
  })
}

export function tagsColumn<TData extends { tags?: string[] }>(): DataTableColumn<TData> {
  return createColumns<TData>().accessor((row) => row.tags, {
    id: 'tags',
    header: 'Tags',
    enableSorting: false,
    meta: { className: 'col-tags' },
    cell: ({ getValue }) => <Tags tags={getValue()} />,
  })
}

export function statusColumn<TData extends { status: string }>(): DataTableColumn<TData> {
  return createColumns<TData>().accessor((row) => row.status, {
    id: 'status',
    header: 'Status',
    enableSorting: false,
    meta: { className: 'col-status' },
    cell: ({ getValue }) => <StatusBadge status={getValue()} />,
  })
}

/** When the row was created, relative ('3 days ago'), with the exact time on hover; newest first on the first click. */
export function createdColumn<TData extends { created_at: string }>(): DataTableColumn<TData> {
  return createColumns<TData>().accessor((row) => row.created_at, {
    id: 'created_at',
    header: 'Created',
    enableSorting: true,
    sortDescFirst: true,
    meta: { className: 'col-created' },
    cell: ({ getValue }) => (
      <time dateTime={getValue()} title={formatDateTime(getValue())}>
        {formatRelative(getValue())}
      </time>
    ),
  })
}
