import { startTransition, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../../../api/errors'
import { useClientImportWrites } from '../../../data/clients'
import type { ImportRow } from './client-csv'
import type { ColumnsToMap, CsvLayout } from './csv-layout'
import { checkExistingClients, type ExistingCheck } from './existing-clients'
import type { ReadOptions } from './parse-csv'
import { readCsvFile } from './read-csv-file'
import { mergeOutcomes, runImport, type ImportProgress, type RowOutcome } from './run-import'

/**
 * Where an import stands: choosing a file, reading it, mapping its columns (a header with names the importer does
 * not know), its preview (checked against the domain), creating, done.
 */
export type ImportStage =
  | { kind: 'pick'; error?: string }
  | { kind: 'parsing'; file: File; read: number }
  | { kind: 'mapping'; file: File; toMap: ColumnsToMap }
  | { kind: 'preview'; file: File; rows: ImportRow[]; layout: CsvLayout; check: ExistingCheck | 'running' }
  | { kind: 'importing'; file: File; rows: ImportRow[]; progress: ImportProgress }
  | { kind: 'done'; file: File; rows: ImportRow[]; stopped: boolean; fatal?: string }

export type RowFilter = 'all' | 'valid' | 'invalid' | 'warned'

/**
 * The import's state machine: read a file, check it against the domain's clients, create its valid rows in batches,
 * retry what failed. What runs (a parse, the check, an import) is aborted when a new step starts or the dialog goes.
 */
export function useClientImport(domainId: string) {
  const writes = useClientImportWrites(domainId)
  const [stage, setStage] = useState<ImportStage>({ kind: 'pick' })
  const [filter, setFilter] = useState<RowFilter>('all')
  const [cancelling, setCancelling] = useState(false)
  const stopRef = useRef(false)
  const abortRef = useRef<AbortController | null>(null)
  // Outcomes of every attempt so far, by row id: a retry only re-sends rows that failed.
  const [outcomes, setOutcomes] = useState(() => new Map<string, RowOutcome>())

  useEffect(() => () => abortRef.current?.abort(), [])

  const restart = () => {
    abortRef.current?.abort()
    const abort = new AbortController()
    abortRef.current = abort
    return abort
  }

  const reset = () => {
    abortRef.current?.abort()
    setOutcomes(new Map())
    setFilter('all')
    setStage({ kind: 'pick' })
  }

  /** Reads a file: as detected, with the operator's mapping of its columns, or asking for one (see `ReadOptions`). */
  const choose = async (file: File, options: ReadOptions = {}) => {
    const abort = restart()
    setOutcomes(new Map())
    setStage({ kind: 'parsing', file, read: 0 })
    const onRead = (read: number) => setStage((s) => (s.kind === 'parsing' ? { ...s, read } : s))
    const result = await readCsvFile(file, domainId, options, onRead, abort.signal)
    if (abort.signal.aborted) return
    if (!result.ok && result.mapping) return setStage({ kind: 'mapping', file, toMap: result.mapping })
    if (!result.ok) return setStage({ kind: 'pick', error: result.error })
    // A transition: rendering the preview of 100,000 rows (counts, the virtualiser's positions) yields to the
    // browser every few milliseconds instead of holding the page for one long task.
    startTransition(() => {
      setFilter(result.invalid ? 'invalid' : 'all')
      setStage({ kind: 'preview', file, rows: result.rows, layout: result.layout, check: 'running' })
    })
    const check = await checkExistingClients(domainId, result.rows, abort.signal).catch((error): ExistingCheck => ({
      checked: false,
      reason: `the check failed (${errorMessage(error)})`,
    }))
    // The check marks rows in place (clashing, created before); a new array makes the preview recount.
    if (!abort.signal.aborted) startTransition(() => setStage((s) => (s.kind === 'preview' ? { ...s, rows: s.rows.slice(), check } : s)))
  }

  const start = async (file: File, rows: ImportRow[], toSend: ImportRow[]) => {
    stopRef.current = false
    setCancelling(false)
    const abort = restart()
    // Rows the check found in the domain already are not sent again.
    const found = new Map(toSend.filter((row) => row.alreadyCreated).map((row): [string, RowOutcome] => [row.id, { status: 'skipped' }]))
    const pending = toSend.filter((row) => !row.alreadyCreated)
    setStage({ kind: 'importing', file, rows, progress: { settled: 0, total: pending.length, created: 0, skipped: 0, failed: 0 } })
    const result = await runImport(pending, {
      createBatch: writes.createBatch,
      exists: writes.exists,
      onProgress: (progress) => setStage((s) => (s.kind === 'importing' ? { ...s, progress } : s)),
      shouldStop: () => stopRef.current,
      signal: abort.signal,
    })
    if (abort.signal.aborted) return
    setOutcomes((previous) => mergeOutcomes(previous, new Map([...found, ...result.outcomes])))
    await writes.finished()
    setStage({ kind: 'done', file, rows, stopped: result.stopped, fatal: result.fatal })
  }

  /** The Cancel button: stops after the batch under way. */
  const cancel = () => {
    stopRef.current = true
    setCancelling(true)
  }

  const created = () => [...outcomes.values()].filter((o) => o.status === 'created').length

  return { stage, filter, setFilter, cancelling, outcomes, choose, start, cancel, reset, created, view: writes.view }
}
