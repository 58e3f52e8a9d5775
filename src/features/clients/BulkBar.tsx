import { useState } from 'react'
import { Link } from 'react-router-dom'
import { Button } from '../../components/ui/Button'
import { ConfirmDialog } from '../../components/ui/ConfirmDialog'
import { useToast } from '../../components/ui/Toasts'
import { useBulkClientAction, type BulkAction } from '../../data/clients'
import { pluralize } from '../../lib/format'

const DONE: Record<BulkAction, string> = { enable: 'enabled', disable: 'disabled', delete: 'deleted' }

/** Actions on the selected rows (across pages). */
export function BulkBar({ domainId, ids, onDone, onClear }: { domainId: string; ids: string[]; onDone: () => void; onClear: () => void }) {
  const bulk = useBulkClientAction(domainId)
  const toast = useToast()
  const [running, setRunning] = useState<{ action: BulkAction; settled: number } | null>(null)
  const [confirmDelete, setConfirmDelete] = useState(false)

  const run = async (action: BulkAction) => {
    setRunning({ action, settled: 0 })
    const result = await bulk.mutateAsync({ ids, action, onProgress: (settled) => setRunning({ action, settled }) })
    setRunning(null)
    setConfirmDelete(false)
    const unchanged = result.unchanged ? ` (${result.unchanged} already ${DONE[action]})` : ''
    if (result.failed.length) {
      toast({
        tone: 'error',
        title: `${pluralize(result.done, 'client')} ${DONE[action]}, ${result.failed.length} failed${unchanged}`,
        description: [...new Set(result.failed.map((f) => f.message))].join('; '),
      })
    } else {
      toast({ tone: 'success', title: `${pluralize(result.done, 'client')} ${DONE[action]}${unchanged}` })
      onDone()
    }
  }

  const busy = running !== null
  return (
    <div className="bulk-bar" role="region" aria-label="Selected clients">
      <strong>{pluralize(ids.length, 'client')} selected</strong>
      {running && (
        <span role="status" className="muted">
          {running.settled} of {ids.length}…
        </span>
      )}
      <span className="spacer" />
      <Button size="sm" loading={running?.action === 'enable'} disabled={busy} onClick={() => run('enable')}>
        Enable
      </Button>
      <Button size="sm" loading={running?.action === 'disable'} disabled={busy} onClick={() => run('disable')}>
        Disable
      </Button>
      <Link className="btn btn-secondary btn-sm" to={`/${domainId}/connections/matrix?clients=${ids.slice(0, 50).join(',')}`}>
        Connections matrix
      </Link>
      <Button size="sm" variant="danger" disabled={busy} onClick={() => setConfirmDelete(true)}>
        Delete
      </Button>
      <Button size="sm" variant="ghost" disabled={busy} onClick={onClear}>
        Clear selection
      </Button>
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Delete ${pluralize(ids.length, 'client')}?`}
        description={`The ${pluralize(ids.length, 'selected client')} will be deleted with their connections and roles. This cannot be undone.`}
        confirmLabel={`Delete ${pluralize(ids.length, 'client')}`}
        pending={running?.action === 'delete'}
        onConfirm={() => run('delete')}
      />
    </div>
  )
}
