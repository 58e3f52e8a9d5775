/// <reference lib="webworker" />
import { decodeCsvBytes, parseCsvText } from './parse-csv'
import { encodeRows, type ImportRow } from './client-csv'

/**
 * Rows travel as JSON text (`encodeRows`): a string is copied in one piece, while a structured clone of a
 * thousand row objects costs the page far more to deserialise than `JSON.parse` does.
 */
export type CsvWorkerRequest = { file: File; domainId: string }

export type CsvWorkerMessage =
  { type: 'rows'; json: string } | { type: 'done'; total: number; invalid: number } | { type: 'error'; error: string }

/**
 * Parsing and validating runs here, off the page's thread, so a 100,000-row file never freezes the tab.
 * (Our own module worker: papaparse's `worker: true` breaks in production builds.)
 */
self.addEventListener('message', async (event: MessageEvent<CsvWorkerRequest>) => {
  const post = (message: CsvWorkerMessage) => self.postMessage(message)
  try {
    const decoded = decodeCsvBytes(new Uint8Array(await event.data.file.arrayBuffer()))
    if (!decoded.ok) return post({ type: 'error', error: decoded.error })
    const result = parseCsvText(decoded.text, event.data.domainId, (rows: ImportRow[]) => post({ type: 'rows', json: encodeRows(rows) }))
    post(result.ok ? { type: 'done', total: result.total, invalid: result.invalid } : { type: 'error', error: result.error })
  } catch (error) {
    post({ type: 'error', error: `Could not read the file: ${error instanceof Error ? error.message : String(error)}` })
  }
})
