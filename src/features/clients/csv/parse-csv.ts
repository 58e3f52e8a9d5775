import Papa from 'papaparse'
import { randomIds } from '../../../lib/random-ids'
import { MAX_ROWS, checkHeader, validateRows, type ImportRow } from './client-csv'

export type Decoded = { ok: true; text: string } | { ok: false; error: string }

/** UTF-8 with or without BOM; anything else (binary, other encodings) gets a clear refusal. */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' }
  const head = bytes.subarray(0, 64 * 1024)
  if (head.includes(0)) return { ok: false, error: 'This is not a CSV file: it contains binary data.' }
  try {
    // TextDecoder drops a UTF-8 byte order mark by default.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, error: 'The file is not UTF-8 text. Save it as “CSV UTF-8” and choose it again.' }
  }
}

export type ParsedCsv = { ok: true; total: number; invalid: number } | { ok: false; error: string }

/** Rows per message: the page deserialises each chunk in one task, which must stay well under 50 ms. */
const CHUNK = 1_000

/**
 * Parses and validates a clients CSV; hands rows over in chunks (so a worker can stream them to the
 * page without one huge message).
 */
export function parseCsvText(text: string, onRows: (rows: ImportRow[]) => void, newId: () => string = randomIds()): ParsedCsv {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' })
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')
  if (unclosed)
    return { ok: false, error: `Row ${(unclosed.row ?? 0) + 1}: a quoted cell is not closed, so the rest of the file cannot be read.` }
  const records = result.data
  if (records.length === 0) return { ok: false, error: 'The file is empty.' }
  const header = checkHeader(records[0])
  if (!header.ok) return { ok: false, error: header.error }
  const dataRows = records.length - 1
  if (dataRows === 0) return { ok: false, error: 'The file has a header row but no clients.' }
  if (dataRows > MAX_ROWS)
    return { ok: false, error: `The file has ${dataRows.toLocaleString()} rows; import at most ${MAX_ROWS.toLocaleString()} at a time.` }
  const seen = new Map<string, number>()
  let invalid = 0
  for (let start = 1; start < records.length; start += CHUNK) {
    const rows = validateRows(records.slice(start, start + CHUNK), start + 1, seen, newId)
    invalid += rows.reduce((n, r) => n + (r.problems.length ? 1 : 0), 0)
    onRows(rows)
  }
  return { ok: true, total: dataRows, invalid }
}
