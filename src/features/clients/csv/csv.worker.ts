/// <reference lib="webworker" />
import { decodeCsvBytes, parseCsvText, type ReadOptions } from './parse-csv'
import { encodeRows, type ImportRow } from './client-csv'
import type { ColumnsToMap, CsvLayout } from './csv-layout'

/**
 * Rows travel as JSON text (`encodeRows`): a string is copied in one piece, while a structured clone of a
 * thousand row objects costs the page far more to deserialise than `JSON.parse` does.
 */
export type CsvWorkerRequest = { file: File; domainId: string; options: ReadOptions }

export type CsvWorkerMessage =
  | { type: 'rows'; json: string }
  | { type: 'done'; total: number; invalid: number; layout: CsvLayout }
  | { type: 'mapping'; mapping: ColumnsToMap }
  | { type: 'error'; error: string }

/**
 * Parsing and validating runs here, off the page's thread, so a 100,000-row file never freezes the tab.
 * (Our own module worker: papaparse's `worker: true` breaks in production builds.)
 */
self.addEventListener('message', async (event: MessageEvent<CsvWorkerRequest>) => {
  const post = (message: CsvWorkerMessage) => self.postMessage(message)
  try {
    const decoded = decodeCsvBytes(new Uint8Array(await event.data.file.arrayBuffer()))
    if (!decoded.ok) return post({ type: 'error', error: decoded.error })
    const { domainId, options } = event.data
    const result = parseCsvText(decoded.text, domainId, (rows: ImportRow[]) => post({ type: 'rows', json: encodeRows(rows) }), options)
    if (result.ok) post({ type: 'done', total: result.total, invalid: result.invalid, layout: result.layout })
    else if (result.mapping) post({ type: 'mapping', mapping: result.mapping })
    else post({ type: 'error', error: result.error })
  } catch (error) {
    post({ type: 'error', error: `Could not read the file: ${error instanceof Error ? error.message : String(error)}` })
  }
})
