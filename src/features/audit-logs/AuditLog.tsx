import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { isApiError } from '../../api/errors'
import type { JournalEntry } from '../../api/schemas/journal'
import { Button } from '../../components/ui/Button'
import { DataTable } from '../../components/ui/DataTable'
import { ListPagination } from '../../components/ui/Pagination'
import { EmptyState } from '../../components/ui/StateViews'
import { IconLog, IconShield } from '../../components/ui/icons'
import { useClampPage } from '../../lib/paging'
import { tableStatus } from '../../lib/table-state'
import { AUDIT_PAGE_SIZES, auditFilters, changesOnly, hasAuditFilters, toJournalParams, type AuditState } from './audit-params'
import { auditColumns, type AuditRow } from './audit-columns'
import { AuditToolbar } from './AuditToolbar'
import { ExportJournalDialog } from './ExportJournalDialog'
import { JournalDetailsDialog } from './JournalDetailsDialog'
import { targetType, type JournalTarget, journalQueries } from '../../data/journal'
import { useJournalExport } from './useJournalExport'
import './audit-logs.css'

type Props = {
  target: JournalTarget
  state: AuditState
  onChange: (patch: Partial<AuditState>, options?: { replace?: boolean }) => void
  /** Whose journal it is, for messages: "this client", "you". */
  subject: string
}

const rowKey = (row: AuditRow) => row.key

/** A journal: filters, the entries newest first (or oldest), paging, details and CSV export. */
export function AuditLog({ target, state, onChange, subject }: Props) {
  const filters = auditFilters(state)
  const list = useQuery(journalQueries.list(target, filters, toJournalParams, { live: state.live === '1', changes: changesOnly(filters) }))
  const [selected, setSelected] = useState<JournalEntry | null>(null)
  // The row key is the table's, not the journal's: the details show the entry as the service sent it.
  const columns = useMemo(() => auditColumns(({ key: _key, ...entry }) => setSelected(entry)), [])
  const exporter = useJournalExport(target, filters)
  const total = list.data?.total ?? 0
  const offset = (state.page - 1) * state.size
  const rows = useMemo(() => list.data?.journals.map((entry, i): AuditRow => ({ ...entry, key: String(offset + i) })), [list.data, offset])

  useClampPage(state, total, list.isSuccess && !list.isPlaceholderData, onChange)

  const forbidden = isApiError(list.error) && list.error.isForbidden && !list.data
  const filtered = hasAuditFilters(state)
  const clear = () => onChange({ op: '', range: 'all', from: 0, to: 0 })

  return (
    <div className="audit-log">
      <AuditToolbar
        state={state}
        onChange={onChange}
        entityType={targetType(target)}
        onExport={() => void exporter.start()}
        exportDisabledReason={forbidden ? 'You cannot read this journal' : list.isSuccess && total === 0 ? 'No entries to export' : null}
      />
      {forbidden ? (
        <div className="audit-card">
          <EmptyState
            icon={<IconShield size={22} />}
            title="You cannot read this journal"
            description={
              target.kind === 'user'
                ? 'Only platform super-admins can read a user’s journal.'
                : `The journal service shows ${subject}’s entries only to users with “read” permission on it.`
            }
          />
        </div>
      ) : (
        <DataTable
          label="Audit log"
          columns={columns}
          rows={rows}
          getRowId={rowKey}
          {...tableStatus(list)}
          skeletonRows={state.size}
          empty={
            changesOnly(state) ? (
              <EmptyState
                title={filtered ? 'No changes match' : 'No changes journaled'}
                description="Reads and sign-ins are hidden while “Changes only” is on."
                action={<Button onClick={() => onChange({ changes: '' })}>Show reads too</Button>}
              />
            ) : filtered ? (
              <EmptyState
                title="No entries match"
                description="Try another operation or a wider time range."
                action={<Button onClick={clear}>Clear filters</Button>}
              />
            ) : (
              <EmptyState
                icon={<IconLog size={22} />}
                title="Nothing journaled yet"
                description={`Operations ${target.kind === 'user' ? 'by' : 'on'} ${subject} will appear here as they happen.`}
              />
            )
          }
        />
      )}
      <ListPagination paging={state} onChange={onChange} total={total} pageSizes={AUDIT_PAGE_SIZES} noun={['entry', 'entries']} />
      <JournalDetailsDialog entry={selected} onClose={() => setSelected(null)} />
      <ExportJournalDialog
        state={exporter.state}
        cap={exporter.cap}
        onCancel={exporter.cancel}
        onRetry={() => void exporter.start()}
        onClose={exporter.reset}
      />
    </div>
  )
}
