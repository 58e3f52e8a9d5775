import type { JournalEntry } from '../../api/schemas/journal'
import { Button } from '../../components/ui/Button'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { DateTime } from '../../components/ui/RelativeTime'
import { formatDateTime } from '../../lib/format'
import { ActorLabel } from './ActorLabel'
import { summarize } from './entry-summary'

/** A journal entry with a key for the table: the service sends no ids. */
export type AuditRow = JournalEntry & { key: string }

const column = createColumns<AuditRow>()

export const actorOf = (entry: JournalEntry) => (typeof entry.attributes?.user_id === 'string' ? entry.attributes.user_id : undefined)

/** Sorting is the time order only (the `dir` control), so no column sorts. */
export function auditColumns(onDetails: (row: AuditRow) => void): DataTableColumn<AuditRow>[] {
  return [
    column.accessor('operation', {
      header: 'Operation',
      enableSorting: false,
      meta: { className: 'col-operation', phone: true },
      cell: ({ getValue }) => (
        <code className="audit-operation truncate" title={getValue()}>
          {getValue()}
        </code>
      ),
    }),
    column.accessor('occurred_at', {
      header: 'Time',
      enableSorting: false,
      meta: { className: 'col-time', phone: true },
      cell: ({ getValue }) => <DateTime value={getValue()} />,
    }),
    column.display({
      id: 'actor',
      header: 'Actor',
      enableSorting: false,
      meta: { className: 'col-actor' },
      cell: ({ row }) => <ActorLabel userId={actorOf(row.original)} />,
    }),
    column.display({
      id: 'summary',
      header: 'Summary',
      enableSorting: false,
      meta: { className: 'col-summary' },
      cell: ({ row }) => {
        const summary = summarize(row.original)
        return summary ? (
          <span className="audit-summary truncate" title={summary}>
            {summary}
          </span>
        ) : (
          <span className="muted">—</span>
        )
      },
    }),
    column.display({
      id: 'details',
      header: 'Details',
      enableSorting: false,
      meta: { className: 'col-actions', phone: true },
      cell: ({ row }) => (
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Details of ${row.original.operation} at ${formatDateTime(row.original.occurred_at)}`}
          onClick={() => onDetails(row.original)}
        >
          Details
        </Button>
      ),
    }),
  ]
}
