import Papa from 'papaparse'
import { MAX_ROWS, fileContext, validateRows, type ImportRow } from './client-csv'
import {
  FIELDS,
  detectDelimiter,
  readHeader,
  trimHeader,
  type ColumnMap,
  type ColumnsToMap,
  type CsvLayout,
  type Delimiter,
} from './csv-layout'
import { rowIds } from './row-ids'

export type Decoded = { ok: true; text: string } | { ok: false; error: string }

const SAVE_AS_UTF8 = 'Save it as “CSV UTF-8” and choose it again.'

/**
 * UTF-16 text: a byte order mark, or (without one) zero bytes on one side of each pair, as Latin text has in
 * UTF-16. Spreadsheets save “Unicode text” this way; it is text, only not in the encoding the importer reads.
 */
function isUtf16(head: Uint8Array): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true
  const zeros = [0, 0]
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros[i & 1]++
  const pairs = head.length >> 1
  return pairs > 0 && Math.max(zeros[0], zeros[1]) >= pairs * 0.9 && Math.min(zeros[0], zeros[1]) === 0
}

/** UTF-8 with or without BOM; anything else (binary, other encodings) gets a clear refusal. */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' }
  const head = bytes.subarray(0, 64 * 1024)
  if (isUtf16(head)) return { ok: false, error: `The file is UTF-16 text, which the importer does not read. ${SAVE_AS_UTF8}` }
  if (head.includes(0)) return { ok: false, error: 'This is not a CSV file: it contains binary data.' }
  try {
    // TextDecoder drops a UTF-8 byte order mark by default.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, error: `The file is not UTF-8 text. ${SAVE_AS_UTF8}` }
  }
}

export type ParsedCsv =
  | { ok: true; total: number; invalid: number; layout: CsvLayout }
  | { ok: false; error: string; mapping?: undefined }
  /** The header has names the importer does not know: the operator maps its columns, and the file is read again. */
  | { ok: false; error?: undefined; mapping: ColumnsToMap }

/**
 * How to read the file: as detected (its header row by name, or the documented order when the first row
 * names no known column), with the operator's mapping of its header (`columns`), or asking for one (`mapping`).
 */
export type ReadOptions = { columns?: ColumnMap; mapping?: boolean }

/** Rows per message: the page deserialises each chunk in one task, which must stay well under 50 ms. */
const CHUNK = 1_000
/** Rows shown beside each column in the mapping step. */
const SAMPLES = 3

const tooManyRows = {
  ok: false,
  error: `The file has more than ${MAX_ROWS.toLocaleString('en')} rows; import at most that many at a time.`,
} as const

/**
 * Reads the file's records, stopping as soon as there are more than the header and MAX_ROWS: a huge file is
 * refused without being read to its end. (Papa's `preview` counts blank lines too, so a file it cut short
 * with fewer rows than that is read again in full: rare, and still correct.)
 */
function readRecords(text: string, delimiter: Delimiter) {
  const options = { skipEmptyLines: 'greedy' as const, delimiter }
  const first = Papa.parse<string[]>(text, { ...options, preview: MAX_ROWS + 2 })
  if (!first.meta.truncated || first.data.length > MAX_ROWS + 1) return first
  return Papa.parse<string[]>(text, options)
}

/** The layout of a file whose first row is `first`, or the columns to ask the operator about. */
function layoutOf(first: string[], records: string[][], delimiter: Delimiter, options: ReadOptions): CsvLayout | ColumnsToMap {
  if (options.columns) return { delimiter, headerless: false, header: first, columns: options.columns }
  const header = readHeader(first)
  if (header.kind === 'none' && !options.mapping) return { delimiter, headerless: true, header: [], columns: [...FIELDS] }
  if (header.kind === 'named' && !options.mapping) return { delimiter, headerless: false, header: first, columns: header.columns }
  const cells = trimHeader(first)
  const suggested = header.kind === 'none' ? cells.map(() => null) : header.kind === 'named' ? header.columns : header.suggested
  return { delimiter, header: cells, samples: records.slice(1, 1 + SAMPLES), suggested }
}

/**
 * Parses and validates a clients CSV for the domain `domainId` (row ids depend on it, see `rowIds`); hands
 * rows over in chunks (so a worker can stream them to the page without one huge message).
 */
export function parseCsvText(text: string, domainId: string, onRows: (rows: ImportRow[]) => void, options: ReadOptions = {}): ParsedCsv {
  const delimiter = detectDelimiter(text)
  const result = readRecords(text, delimiter)
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')
  if (unclosed)
    return { ok: false, error: `Row ${(unclosed.row ?? 0) + 1}: a quoted cell is not closed, so the rest of the file cannot be read.` }
  const records = result.data
  if (records.length === 0) return { ok: false, error: 'The file is empty.' }
  const layout = layoutOf(records[0], records, delimiter, options)
  if ('samples' in layout) return { ok: false, mapping: layout }
  const first = layout.headerless ? 0 : 1
  const dataRows = records.length - first
  if (dataRows === 0) return { ok: false, error: 'The file has a header row but no clients.' }
  if (dataRows > MAX_ROWS) return tooManyRows
  const context = fileContext(rowIds(domainId), layout)
  let invalid = 0
  for (let start = first; start < records.length; start += CHUNK) {
    // Row numbers count the header as row 1, as spreadsheets do.
    const rows = validateRows(records.slice(start, start + CHUNK), start + 1, context)
    invalid += rows.reduce((n, r) => n + (r.problems.length ? 1 : 0), 0)
    onRows(rows)
  }
  return { ok: true, total: dataRows, invalid, layout }
}
