import { useEffect, useRef, useState } from 'react'
import type { Client } from '../../api/schemas/client'
import { useToast } from '../../components/ui/Toasts'
import { useBulkClients, type BulkOp, type BulkOutcome, type BulkProgress, type BulkTarget } from '../../data/client-bulk'
import { errorMessage } from '../../api/errors'
import { pluralize } from '../../lib/format'

const DONE: Record<BulkOp['kind'], [verb: string, already: string]> = {
  enable: ['enabled', 'already enabled'],
  disable: ['disabled', 'already disabled'],
  delete: ['deleted', ''],
  tags: ['retagged', 'already as asked'],
  connect: ['connected', 'already connected'],
}

/** "120 of 2,000 clients disabled, 3 failed (40 already disabled)"; "Cancelled: …" when stopped part-way. */
export function outcomeTitle(kind: BulkOp['kind'], outcome: BulkOutcome) {
  const [verb, already] = DONE[kind]
  const done = outcome.stopped
    ? `Cancelled: ${outcome.changed.length.toLocaleString()} of ${pluralize(outcome.total, 'client')} ${verb}`
    : `${pluralize(outcome.changed.length, 'client')} ${verb}`
  const failed = outcome.failed.length ? `, ${outcome.failed.length.toLocaleString()} failed` : ''
  const unchanged = outcome.unchanged ? ` (${outcome.unchanged.toLocaleString()} ${already})` : ''
  return `${done}${failed}${unchanged}`
}

/** The clients as an action left them, for an Undo that puts back exactly what it changed. */
const undoOf = (kind: 'enable' | 'disable', changed: Client[]): { target: BulkTarget; op: BulkOp } => ({
  target: {
    ids: changed.map((c) => c.id),
    known: new Map(changed.map((c) => [c.id, { ...c, status: kind === 'enable' ? 'enabled' : 'disabled' }] as const)),
  },
  op: { kind: kind === 'enable' ? 'disable' : 'enable' },
})

export type BulkJob = ReturnType<typeof useBulkJob>

/**
 * Runs bulk actions one at a time with progress and Cancel (which stops after the batch under way), and reports each
 * in a toast; enabling or disabling offers Undo. `run` resolves with the outcome, or null when it could not start.
 */
export function useBulkJob(domainId: string) {
  const bulk = useBulkClients(domainId)
  const toast = useToast()
  const [running, setRunning] = useState<{ kind: BulkOp['kind']; progress: BulkProgress | null } | null>(null)
  const [stopping, setStopping] = useState(false)
  const stop = useRef(false)
  const life = useRef<AbortController | null>(null)
  useEffect(() => () => life.current?.abort(), [])

  const run = async (target: BulkTarget, op: BulkOp, options: { undoable?: boolean } = {}): Promise<BulkOutcome | null> => {
    stop.current = false
    setStopping(false)
    life.current = new AbortController()
    setRunning({ kind: op.kind, progress: null })
    try {
      const outcome = await bulk(target, op, {
        onProgress: (progress) => setRunning({ kind: op.kind, progress }),
        shouldStop: () => stop.current,
        signal: life.current.signal,
      })
      report(op, outcome, options.undoable !== false)
      return outcome
    } catch (error) {
      if (!life.current.signal.aborted) toast({ tone: 'error', title: 'Could not find the clients', description: errorMessage(error) })
      return null
    } finally {
      setRunning(null)
    }
  }

  const report = (op: BulkOp, outcome: BulkOutcome, undoable: boolean) => {
    const kind = op.kind
    const undo =
      undoable && (kind === 'enable' || kind === 'disable') && outcome.changed.length
        ? { label: 'Undo', onClick: () => void runUndo(undoOf(kind, outcome.changed)) }
        : undefined
    toast({
      tone: outcome.failed.length ? 'error' : outcome.stopped ? 'info' : 'success',
      title: outcomeTitle(kind, outcome),
      description: [...new Set(outcome.failed.map((f) => f.message))].join('; ') || undefined,
      action: undo,
    })
  }
  const runUndo = ({ target, op }: { target: BulkTarget; op: BulkOp }) => run(target, op, { undoable: false })

  const cancel = () => {
    stop.current = true
    setStopping(true)
  }
  return { running, stopping, run, cancel }
}
