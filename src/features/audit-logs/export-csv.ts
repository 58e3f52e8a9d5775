import type { JournalEntry } from '../../api/schemas/journal'
import { escapeCsvCell } from '../../lib/csv-escape'
import { maskEntry } from './mask-secrets'

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
