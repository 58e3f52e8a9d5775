import { errorMessage, isApiError } from '../../../api/errors'
import type { ClientCreate } from '../../../api/schemas/client'
import { toClientCreate, type ImportRow } from './client-csv'

export type RowOutcome = { status: 'created' } | { status: 'failed'; reason: string }

export type ImportProgress = { settled: number; total: number; created: number; failed: number }

export type ImportDeps = {
  /** `POST /{domainID}/clients/bulk`: all of the batch is created, or none. */
  createBatch: (batch: ClientCreate[]) => Promise<unknown>
  /** Whether a client id exists already (a retried row whose first attempt succeeded unseen). */
  exists: (id: string) => Promise<boolean>
  onProgress: (progress: ImportProgress) => void
  shouldStop: () => boolean
  batchSize?: number
}

export type ImportResult = {
  outcomes: Map<string, RowOutcome>
  /** Stopped by the user before every row was tried. */
  stopped: boolean
  /** A refusal that applies to every row (session, permission): the import stopped. */
  fatal?: string
}

export const BATCH_SIZE = 250

class Fatal extends Error {}

function reasonOf(error: unknown): string {
  if (isApiError(error)) {
    if (/key is not available/i.test(error.message)) return 'Secret already used by another client in this domain'
    if (error.isRetryable) return `${errorMessage(error)} — nothing was created for this row; retry it`
  }
  return errorMessage(error)
}

/**
 * Creates rows in batches. A batch the server refuses (400/422) is split in halves until the rows at
 * fault are found, so every other row still gets created; server and network failures leave their rows
 * to retry. Rows carry pre-assigned ids, so a retry can never create a client twice.
 */
export async function runImport(rows: ImportRow[], deps: ImportDeps): Promise<ImportResult> {
  const outcomes = new Map<string, RowOutcome>()
  const total = rows.length
  let created = 0
  let failed = 0
  const mark = (batch: ImportRow[], outcome: RowOutcome) => {
    for (const row of batch) outcomes.set(row.id, outcome)
    if (outcome.status === 'created') created += batch.length
    else failed += batch.length
    deps.onProgress({ settled: created + failed, total, created, failed })
  }

  const settle = async (batch: ImportRow[]): Promise<void> => {
    try {
      await deps.createBatch(batch.map(toClientCreate))
      mark(batch, { status: 'created' })
    } catch (error) {
      if (!isApiError(error)) return mark(batch, { status: 'failed', reason: reasonOf(error) })
      if (error.status === 401 || error.status === 403) throw new Fatal(errorMessage(error))
      if (error.isRetryable || error.status < 400 || error.status >= 500) return mark(batch, { status: 'failed', reason: reasonOf(error) })
      if (batch.length > 1) {
        const half = Math.ceil(batch.length / 2)
        await settle(batch.slice(0, half))
        await settle(batch.slice(half))
        return
      }
      // A duplicate id is the row itself, created by an earlier attempt whose answer was lost.
      if (error.status === 422 && (await deps.exists(batch[0].id).catch(() => false))) return mark(batch, { status: 'created' })
      mark(batch, { status: 'failed', reason: reasonOf(error) })
    }
  }

  const size = deps.batchSize ?? BATCH_SIZE
  deps.onProgress({ settled: 0, total, created, failed })
  for (let start = 0; start < rows.length; start += size) {
    if (deps.shouldStop()) return { outcomes, stopped: true }
    try {
      await settle(rows.slice(start, start + size))
    } catch (error) {
      if (error instanceof Fatal) return { outcomes, stopped: true, fatal: error.message }
      throw error
    }
  }
  return { outcomes, stopped: false }
}
