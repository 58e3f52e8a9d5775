import { useState } from 'react'
import { Link } from 'react-router-dom'
import { Button } from '../../components/ui/Button'
import { ConfirmDialog } from '../../components/ui/ConfirmDialog'
import { ProgressBar } from '../../components/ui/ProgressBar'
import type { BulkOp } from '../../data/client-bulk'
import { useCurrentDomain } from '../../lib/current-domain'
import { pluralize } from '../../lib/format'
import { BulkConnectDialog } from './BulkConnectDialog'
import { BulkTagsDialog } from './BulkTagsDialog'
import { bulkReasons } from './bulk-permissions'
import type { BulkJob } from './useBulkJob'
import type { BulkSelection } from './useBulkSelection'

type Open = 'disable' | 'delete' | 'tags' | 'connect' | null

/** The bar's actions before Delete; all but Enable ask first (a confirmation, or a dialog for what to do). */
const CONTROLS: [control: 'enable' | 'disable' | 'tags' | 'connect', label: string][] = [
  ['enable', 'Enable'],
  ['disable', 'Disable'],
  ['tags', 'Tags…'],
  ['connect', 'Connect…'],
]

/** Actions on the selected clients: the rows ticked on any page, or every client matching the filter. */
export function BulkBar({ domainId, selection, job }: { domainId: string; selection: BulkSelection; job: BulkJob }) {
  const current = useCurrentDomain()
  const [open, setOpen] = useState<Open>(null)
  const reasons = bulkReasons(current, selection.known)
  const count = selection.count
  const clients = pluralize(count, 'client')
  const busy = job.running !== null

  const run = async (op: BulkOp) => {
    setOpen(null)
    const outcome = await job.run(selection.target(), op)
    if (outcome && !outcome.failed.length && !outcome.stopped) selection.clear()
    else if (outcome && op.kind === 'delete') selection.forget(...outcome.changed.map((c) => c.id))
  }

  return (
    <div className="bulk-bar" role="region" aria-label="Selected clients">
      <strong>
        {count === 0 ? 'Undoing…' : selection.allMatching ? `All ${clients} matching this filter selected` : `${clients} selected`}
      </strong>
      {selection.canSelectAllMatching && !busy && (
        <Button size="sm" variant="ghost" onClick={selection.selectAllMatching}>
          Select all {pluralize(selection.total, 'client')} matching this filter
        </Button>
      )}
      {job.running ? <BulkProgressView job={job} /> : <span className="spacer" />}
      {CONTROLS.map(([control, label]) => (
        <Button
          key={control}
          size="sm"
          loading={job.running?.kind === control}
          disabled={busy}
          disabledReason={reasons[control]}
          onClick={() => (control === 'enable' ? run({ kind: 'enable' }) : setOpen(control))}
        >
          {label}
        </Button>
      ))}
      {!selection.allMatching && (
        <Link className="btn btn-secondary btn-sm" to={`/${domainId}/connections/matrix?clients=${selection.ids.slice(0, 50).join(',')}`}>
          Connections matrix
        </Link>
      )}
      <Button size="sm" variant="danger" disabled={busy} disabledReason={reasons.delete} onClick={() => setOpen('delete')}>
        Delete
      </Button>
      <Button size="sm" variant="ghost" disabled={busy} onClick={selection.clear}>
        Clear selection
      </Button>
      <ConfirmDialog
        open={open === 'disable'}
        onOpenChange={(next) => setOpen(next ? 'disable' : null)}
        title={`Disable ${clients}?`}
        description={`Disabled clients can no longer connect, publish or subscribe until enabled again. The toast afterwards offers Undo.`}
        confirmLabel={`Disable ${clients}`}
        tone="primary"
        onConfirm={() => run({ kind: 'disable' })}
      />
      <ConfirmDialog
        open={open === 'delete'}
        onOpenChange={(next) => setOpen(next ? 'delete' : null)}
        title={`Delete ${clients}?`}
        description={`The ${pluralize(count, 'selected client')} will be deleted with their connections and roles. This cannot be undone.`}
        confirmLabel={`Delete ${clients}`}
        onConfirm={() => run({ kind: 'delete' })}
      />
      {open === 'tags' && <BulkTagsDialog count={count} onClose={() => setOpen(null)} onApply={run} />}
      {open === 'connect' && <BulkConnectDialog domainId={domainId} count={count} onClose={() => setOpen(null)} onApply={run} />}
    </div>
  )
}

/** "Finding clients… 300 of 2,000" then "120 of 2,000…", with Cancel (which stops after the batch under way). */
function BulkProgressView({ job }: { job: BulkJob }) {
  const progress = job.running?.progress
  const text = !progress
    ? 'Starting…'
    : progress.phase === 'finding'
      ? `Finding clients… ${progress.settled.toLocaleString()} of ${progress.total.toLocaleString()}`
      : `${progress.settled.toLocaleString()} of ${progress.total.toLocaleString()}…`
  return (
    <span className="bulk-progress">
      <ProgressBar label="Bulk action progress" value={progress?.settled ?? 0} max={Math.max(progress?.total ?? 0, 1)} />
      <span role="status" className="muted">
        {job.stopping ? `Stopping after this batch… ${text}` : text}
      </span>
      <Button size="sm" variant="ghost" disabled={job.stopping} onClick={job.cancel}>
        Cancel
      </Button>
    </span>
  )
}
