import type { JournalEntry, JournalListParams, JournalPage } from '../../api/schemas/journal'
import { JOURNAL_LIMIT_MAX } from '../../api/schemas/journal'
import { withRetries } from '../../api/retry'
import { anySignal } from '../../lib/abort'
import { escapeCsvCell } from '../../lib/csv-escape'
import { maskEntry } from './mask-secrets'

/** Most rows one export fetches: the journal pages by 10, so this is a thousand requests. */
export const EXPORT_CAP = 10_000

export type ExportProgress = { fetched: number; total: number }

/** Pages fetched at once: the journal serves 10 entries a request, so a 10,000-row export is 1,000 requests. */
const CONCURRENCY = 4

/**
 * Every entry of a filtered journal, page by page (a few at a time), up to `cap`, in the journal's order.
 * The end of the range is pinned to the moment the export starts, so entries written meanwhile do not
 * shift the pages under it.
 */
export async function fetchAllEntries(
  fetchPage: (params: JournalListParams, signal: AbortSignal) => Promise<JournalPage>,
  params: JournalListParams,
  options: { signal: AbortSignal; cap?: number; now?: number; concurrency?: number; onProgress?: (progress: ExportProgress) => void },
): Promise<{ entries: JournalEntry[]; total: number }> {
  const cap = options.cap ?? EXPORT_CAP
  const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000)
  const base = { ...params, to: Math.min(params.to ?? nowSeconds, nowSeconds) }
  // One failed page stops the others.
  const stop = new AbortController()
  const signal = anySignal([options.signal, stop.signal])
  // Each page is retried as a query would be: one 503 in a thousand pages must not lose the export.
  const page = (offset: number, limit: number) => {
    signal.throwIfAborted()
    return withRetries(() => fetchPage({ ...base, offset, limit }, signal), signal)
  }

  const first = await page(0, Math.min(JOURNAL_LIMIT_MAX, cap))
  const wanted = Math.min(first.total, cap)
  const pages: JournalEntry[][] = [first.journals]
  let fetched = first.journals.length
  options.onProgress?.({ fetched, total: wanted })

  const offsets: number[] = []
  for (let offset = JOURNAL_LIMIT_MAX; offset < wanted && first.journals.length > 0; offset += JOURNAL_LIMIT_MAX) offsets.push(offset)
  let next = 0
  const worker = async () => {
    while (next < offsets.length) {
      const index = next++
      const offset = offsets[index]
      const result = await page(offset, Math.min(JOURNAL_LIMIT_MAX, wanted - offset))
      pages[index + 1] = result.journals
      fetched += result.journals.length
      options.onProgress?.({ fetched, total: wanted })
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? CONCURRENCY, offsets.length) }, worker))
  } catch (error) {
    stop.abort()
    throw error
  }
  return { entries: pages.flat(), total: first.total }
}

export const CSV_FIELDS = ['occurred_at', 'operation', 'actor', 'actor_id', 'domain', 'request_id', 'attributes', 'metadata']

/** The entries as CSV (with a BOM, so spreadsheets read UTF-8), formula-like cells escaped. */
export async function journalCsv(entries: JournalEntry[], actorName: (userId: string) => string | undefined): Promise<string> {
  const { default: Papa } = await import('papaparse')
  const data = entries.map((original) => {
    const entry = maskEntry(original)
    const attributes = entry.attributes ?? {}
    const actorId = typeof attributes.user_id === 'string' ? attributes.user_id : ''
    return [
      entry.occurred_at,
      entry.operation,
      actorId ? (actorName(actorId) ?? '') : '',
      actorId,
      typeof attributes.domain === 'string' ? attributes.domain : (entry.domain ?? ''),
      typeof attributes.request_id === 'string' ? attributes.request_id : '',
      // Masked entries are clipped too, so these never overflow.
      JSON.stringify(attributes),
      entry.metadata ? JSON.stringify(entry.metadata) : '',
    ]
  })
  return `\uFEFF${Papa.unparse({ fields: CSV_FIELDS, data: data.map((row) => row.map(escapeCsvCell)) }, { newline: '\r\n' })}`
}

/** `audit-log-client-1b2c3d4e-20261101-1205.csv` */
export function exportFileName(type: string, id: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`
  const slug = id.replace(/[^a-zA-Z0-9_-]+/g, '').slice(0, 8)
  return `audit-log-${type}${slug ? `-${slug}` : ''}-${stamp}.csv`
}

/** Saves text as a file through a temporary link. */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // The browser has started reading the blob by now; keep it a moment for slow engines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
