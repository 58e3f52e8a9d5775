import { errorMessage, isApiError } from '../../../api/errors'
import type { Client, ClientCreate } from '../../../api/schemas/client'
import { toClientCreate, type ImportRow } from './client-csv'

/**
 * What became of a row: created now (with the server's answer for it when there was one: its generated key);
 * skipped because it exists already (an earlier run of the same file
 * created it: rows carry ids derived from the file); refused by the server, so not created; or unknown,
 * when the server did not answer (a timeout, a 5xx): it may have created the row, and a retry finds out.
 */
export type RowOutcome =
  | { status: 'created'; client?: Client }
  | { status: 'skipped' }
  | { status: 'failed'; reason: string }
  | { status: 'unknown'; reason: string }

export type ImportProgress = { settled: number; total: number; created: number; skipped: number; failed: number }

export type ImportDeps = {
  /** `POST /{domainID}/clients/bulk`: all of the batch is created, or none; the answer lists the clients created. */
  createBatch: (batch: ClientCreate[], signal: AbortSignal) => Promise<{ clients: Client[] }>
  /** Whether a client id exists in the domain already. */
  exists: (id: string, signal: AbortSignal) => Promise<boolean>
  onProgress: (progress: ImportProgress) => void
  /** The Cancel button: stop after the batch under way. */
  shouldStop: () => boolean
  /** The dialog's life: once it aborts (the dialog closed, the page left), nothing more is sent. */
  signal: AbortSignal
  batchSize?: number
}

export type ImportResult = {
  outcomes: Map<string, RowOutcome>
  /** Stopped (by the user, or the dialog closing) before every row was tried. */
  stopped: boolean
  /** A refusal that applies to every row (session, permission): the import stopped. */
  fatal?: string
}

export const BATCH_SIZE = 250
/** Existence checks at once, when a refused batch turns out to hold rows created before. */
const PROBES_AT_ONCE = 8

class Fatal extends Error {}

function failure(error: unknown): RowOutcome {
  if (isApiError(error)) {
    if (/key is not available/i.test(error.message))
      return { status: 'failed', reason: 'Secret already used by another client in this domain' }
    // The request may have reached the server and been carried out before the answer was lost.
    if (error.isRetryable) {
      return {
        status: 'unknown',
        reason: `${errorMessage(error)} — the server may have created it; retrying finds out, never creating it twice`,
      }
    }
    if (error.status === 429) return { status: 'failed', reason: 'The server is busy (too many requests): nothing was created; retry it' }
    if (error.kind === 'invalid-response') {
      return { status: 'unknown', reason: 'The server’s answer could not be read — it may have created it; retrying finds out' }
    }
  }
  return { status: 'failed', reason: errorMessage(error) }
}

/** Checks ids a few at a time; the ids that exist. */
async function existingIds(rows: ImportRow[], deps: ImportDeps): Promise<Set<string>> {
  const found = new Set<string>()
  let next = 0
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++]
      if (await deps.exists(row.id, deps.signal)) found.add(row.id)
    }
  }
  await Promise.all(Array.from({ length: Math.min(PROBES_AT_ONCE, rows.length) }, worker))
  return found
}

/**
 * Creates rows in batches. A batch the server refuses (4xx) created nothing: it holds rows created before
 * (their ids are taken), which are found and skipped, or rows at fault, found by splitting the batch in
 * halves, so every other row still gets created. A batch without an answer (timeout, 5xx, network) leaves
 * its rows unknown; sending them again is safe, since their ids are fixed.
 */
export async function runImport(rows: ImportRow[], deps: ImportDeps): Promise<ImportResult> {
  const outcomes = new Map<string, RowOutcome>()
  const total = rows.length
  const counts = { created: 0, skipped: 0, failed: 0 }
  const mark = (batch: ImportRow[], outcome: RowOutcome, clients?: Map<string, Client>) => {
    for (const row of batch) outcomes.set(row.id, clients?.has(row.id) ? { status: 'created', client: clients.get(row.id) } : outcome)
    counts[outcome.status === 'unknown' ? 'failed' : outcome.status] += batch.length
    deps.onProgress({ settled: counts.created + counts.skipped + counts.failed, total, ...counts })
  }

  const settle = async (batch: ImportRow[]): Promise<void> => {
    try {
      const answer = await deps.createBatch(batch.map(toClientCreate), deps.signal)
      mark(batch, { status: 'created' }, new Map(answer.clients.map((client) => [client.id, client])))
    } catch (error) {
      deps.signal.throwIfAborted()
      if (isApiError(error) && (error.status === 401 || error.status === 403)) throw new Fatal(errorMessage(error))
      const outcome = failure(error)
      if (!isApiError(error) || error.status < 400 || error.status >= 500 || error.status === 429) return mark(batch, outcome)
      try {
        await settleRefused(batch, outcome)
      } catch (probeError) {
        deps.signal.throwIfAborted()
        const reason = `Could not check whether it exists already (${errorMessage(probeError)}); retry it`
        mark(
          batch.filter((row) => !outcomes.has(row.id)),
          { status: 'unknown', reason },
        )
      }
    }
  }

  const settleRefused = async (batch: ImportRow[], outcome: RowOutcome) => {
    // One probe first: a run over new rows pays one request per refused batch, not one per row.
    if (await deps.exists(batch[0].id, deps.signal)) {
      const found = await existingIds(batch, deps)
      mark(
        batch.filter((row) => found.has(row.id)),
        { status: 'skipped' },
      )
      const rest = batch.filter((row) => !found.has(row.id))
      if (rest.length) await settle(rest)
    } else if (batch.length > 1) {
      const half = Math.ceil(batch.length / 2)
      await settle(batch.slice(0, half))
      await settle(batch.slice(half))
    } else mark(batch, outcome)
  }

  const size = deps.batchSize ?? BATCH_SIZE
  deps.onProgress({ settled: 0, total, ...counts })
  for (let start = 0; start < rows.length; start += size) {
    if (deps.shouldStop() || deps.signal.aborted) return { outcomes, stopped: true }
    try {
      await settle(rows.slice(start, start + size))
    } catch (error) {
      if (error instanceof Fatal) return { outcomes, stopped: true, fatal: error.message }
      if (deps.signal.aborted) return { outcomes, stopped: true }
      throw error
    }
  }
  return { outcomes, stopped: false }
}

/**
 * Outcomes after another attempt. A row left unknown that now turns out to exist was created by that
 * earlier attempt: it counts as created, not as skipped.
 */
export function mergeOutcomes(previous: Map<string, RowOutcome>, next: Map<string, RowOutcome>): Map<string, RowOutcome> {
  const merged = new Map(previous)
  for (const [id, outcome] of next) {
    merged.set(id, outcome.status === 'skipped' && previous.get(id)?.status === 'unknown' ? { status: 'created' } : outcome)
  }
  return merged
}

/** The rows of `rows` whose outcome has this status. */
export const withStatus = (rows: ImportRow[], outcomes: Map<string, RowOutcome>, status: RowOutcome['status']) =>
  rows.filter((r) => outcomes.get(r.id)?.status === status)

/** Why a row failed (or is unknown); empty for rows created or skipped. */
export const reasonOf = (outcome: RowOutcome | undefined) => (outcome && 'reason' in outcome ? outcome.reason : '')
