import { MAX_FILE_BYTES, decodeRows, type ImportRow } from './client-csv'
import type { ColumnsToMap, CsvLayout } from './csv-layout'
import type { CsvWorkerMessage, CsvWorkerRequest } from './csv.worker'
import type { ReadOptions } from './parse-csv'

export type CsvFileResult =
  | { ok: true; rows: ImportRow[]; invalid: number; layout: CsvLayout }
  | { ok: false; error: string; mapping?: undefined }
  | { ok: false; error?: undefined; mapping: ColumnsToMap }

/** Refusals that need no parsing: wrong kind of file, empty, too large. */
export function fileProblem(file: File): string | null {
  const csvName = /\.csv$/i.test(file.name)
  const csvType = !file.type || /csv|text\/plain|ms-excel/.test(file.type)
  if (!csvName || !csvType) return `“${file.name}” is not a CSV file. Choose a .csv file.`
  if (file.size === 0) return 'The file is empty.'
  if (file.size > MAX_FILE_BYTES) {
    return `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 1024 / 1024} MB can be imported at once. Split it into smaller files.`
  }
  return null
}

/** How often, at most, the rows read so far are reported: each report re-renders the dialog. */
const PROGRESS_EVERY_MS = 200

/** Parses and validates a CSV file for a domain in a Web Worker; `onProgress` reports rows read so far. */
export function readCsvFile(
  file: File,
  domainId: string,
  options: ReadOptions,
  onProgress: (rows: number) => void,
  signal: AbortSignal,
): Promise<CsvFileResult> {
  const problem = fileProblem(file)
  if (problem) return Promise.resolve({ ok: false, error: problem })
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module' })
    const rows: ImportRow[] = []
    let reported = 0
    const finish = (result: CsvFileResult) => {
      worker.terminate()
      resolve(result)
    }
    signal.addEventListener('abort', () => finish({ ok: false, error: 'Cancelled' }), { once: true })
    worker.addEventListener('error', (event) =>
      finish({ ok: false, error: `Could not read the file: ${event.message || 'the parser stopped'}` }),
    )
    worker.addEventListener('message', (event: MessageEvent<CsvWorkerMessage>) => {
      const message = event.data
      if (message.type === 'rows') {
        // Appending in place: chunks arrive as small messages, so the page never blocks on one huge copy.
        for (const row of decodeRows(message.json)) rows.push(row)
        const now = performance.now()
        if (now - reported >= PROGRESS_EVERY_MS) {
          reported = now
          onProgress(rows.length)
        }
      } else if (message.type === 'done') finish({ ok: true, rows, invalid: message.invalid, layout: message.layout })
      else if (message.type === 'mapping') finish({ ok: false, mapping: message.mapping })
      else finish({ ok: false, error: message.error })
    })
    worker.postMessage({ file, domainId, options } satisfies CsvWorkerRequest)
  })
}
