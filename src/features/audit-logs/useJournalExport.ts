import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { displayName } from '../../lib/users'
import { changesOnly, toJournalParams, type AuditFilters } from './audit-params'
import { downloadText, exportFileName, journalCsv } from './export-csv'
import { actorOf } from './audit-columns'
import { EXPORT_CAP, fetchJournalExport, targetId, targetType, type JournalTarget } from '../../data/journal'
import { userQueries } from '../../data/users'

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; fetched: number; total: number | null }
  | { status: 'done'; rows: number; total: number; fileName: string; csv: string }
  | { status: 'cancelled' }
  | { status: 'error'; error: unknown }

/** Exports the filtered journal (every page, up to the cap) as a CSV download; cancellable. */
export function useJournalExport(target: JournalTarget, filters: AuditFilters) {
  const queryClient = useQueryClient()
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const controller = useRef<AbortController | null>(null)

  useEffect(() => () => controller.current?.abort(), [])

  const start = async () => {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    setState({ status: 'running', fetched: 0, total: null })
    try {
      const now = Date.now()
      const params = toJournalParams({ ...filters, page: 1 }, now)
      const { entries, total } = await fetchJournalExport(target, changesOnly(filters), params, {
        signal: abort.signal,
        now,
        onProgress: (progress) => {
          if (controller.current === abort && !abort.signal.aborted) setState({ status: 'running', ...progress })
        },
      })
      const names = new Map<string, string>()
      const actors = [...new Set(entries.map(actorOf).filter((id): id is string => Boolean(id)))]
      await Promise.all(
        actors.map(async (id) => {
          const user = await queryClient.fetchQuery(userQueries.detail(id)).catch(() => undefined)
          if (user) names.set(id, displayName(user))
        }),
      )
      abort.signal.throwIfAborted()
      const csv = await journalCsv(entries, (id) => names.get(id))
      abort.signal.throwIfAborted()
      const fileName = exportFileName(targetType(target), targetId(target), new Date(now))
      downloadText(csv, fileName)
      setState({ status: 'done', rows: entries.length, total, fileName, csv })
    } catch (error) {
      // A newer export or a reset owns the state now.
      if (controller.current !== abort) return
      setState(abort.signal.aborted ? { status: 'cancelled' } : { status: 'error', error })
    } finally {
      if (controller.current === abort) controller.current = null
    }
  }

  return {
    state,
    start,
    cancel: () => controller.current?.abort(),
    reset: () => {
      const running = controller.current
      controller.current = null
      running?.abort()
      setState({ status: 'idle' })
    },
    cap: EXPORT_CAP,
  }
}
