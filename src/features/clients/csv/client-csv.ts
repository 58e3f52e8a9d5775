import Papa from 'papaparse'
import type { Client, ClientCreate } from '../../../api/schemas/client'
import { IDENTITY_MAX, NAME_MAX } from '../../../api/schemas/common'
import { escapeCsvCell, unescapeCsvCell } from '../../../lib/csv-escape'
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../../lib/json'
import { DELIMITER_NAMES, FIELDS, type CsvLayout } from './csv-layout'

/** The export's columns (the importer's documented order, which it reads back). */
export const CSV_COLUMNS = ['Name', 'Secret', 'Tags', 'Metadata'] as const
/** The importer's columns in the documented order (`FIELDS`); a row's cells are held in this order. */
export const IMPORT_COLUMNS = [...CSV_COLUMNS, 'Identity'] as const
export const SECRET_MAX = 1024
export const MAX_FILE_BYTES = 32 * 1024 * 1024
export const MAX_ROWS = 200_000
/** Far beyond real tags and metadata; a cell that long is a mistake (a shifted column, a pasted blob). */
export const TAGS_CELL_MAX = 4 * 1024
export const METADATA_CELL_MAX = 64 * 1024
/**
 * What an error report writes instead of a secret (the report may be mailed around). A row carrying it is
 * refused on import rather than created with this text as its secret.
 */
export const HIDDEN_SECRET = '(hidden: copy it from the original file)'

/**
 * One data row of the file: its cells as read, and what they mean. Tags and metadata are read from their
 * cells when first asked for, so a row crosses from the parsing worker as its cells alone (see `encodeRows`).
 */
export class ImportRow {
  /** The row's number in the file, counting the header as row 1 (as spreadsheets do). */
  readonly row: number
  /** Pre-assigned client id, derived from the row (see `rowIds`): sending a row again can never create it twice. */
  readonly id: string
  /** The cells as they were, in the documented order (`IMPORT_COLUMNS`) whatever the file's, for the error report. */
  readonly raw: string[]
  readonly problems: string[]
  /** Worth a look but not blocking: a name another row or client has. */
  readonly warnings: string[]
  readonly name: string
  readonly secret: string
  /** Found in the domain already (an earlier run of the same file created it): skipped, not sent. */
  alreadyCreated = false
  #tags?: string[]
  #metadata?: Record<string, unknown>

  constructor(row: number, id: string, raw: string[], problems: string[], warnings: string[] = []) {
    this.row = row
    this.id = id
    this.raw = raw
    this.problems = problems
    this.warnings = warnings
    this.name = cell(raw, 0).trim()
    this.secret = cell(raw, 1).trim()
  }

  get identity(): string {
    return cell(this.raw, 4).trim()
  }

  /** Empty for a row whose tags cell is invalid (such a row has a problem and is never sent). */
  get tags(): string[] {
    if (!this.#tags) {
      const tags = readTags(this.raw)
      this.#tags = tags.ok ? tags.tags : []
    }
    return this.#tags
  }

  get metadata(): Record<string, unknown> {
    if (!this.#metadata) {
      const metadata = readMetadata(this.raw)
      this.#metadata = metadata.ok ? metadata.metadata : {}
    }
    return this.#metadata
  }
}

const cell = (raw: string[], index: number) => unescapeCsvCell(raw[index] ?? '')
// One reading of each cell, for validating a row and for its values: what is checked is what is sent.
const readTags = (raw: string[]) => parseTagsCell(cell(raw, 2))
const readMetadata = (raw: string[]) => parseMetadataCell(cell(raw, 3))

type WireRow = [row: number, id: string, raw: string[], problems: string[], warnings: string[]]

/**
 * Rows as JSON text, for the worker to post: their cells, not their parsed tags and metadata, which would
 * double the text and cost the page several times as much to read back.
 */
export function encodeRows(rows: ImportRow[]): string {
  return JSON.stringify(rows.map((r): WireRow => [r.row, r.id, r.raw, r.problems, r.warnings]))
}

export function decodeRows(json: string): ImportRow[] {
  return (JSON.parse(json) as WireRow[]).map(([row, id, raw, problems, warnings]) => new ImportRow(row, id, raw, problems, warnings))
}

/** Tags as a JSON array of strings (`["a","b"]`) or `;`-separated text (`a;b`). */
export function parseTagsCell(cell: string): { ok: true; tags: string[] } | { ok: false; error: string } {
  const text = cell.trim()
  if (!text) return { ok: true, tags: [] }
  if (text.length > TAGS_CELL_MAX) return { ok: false, error: `Tags are longer than ${TAGS_CELL_MAX.toLocaleString('en')} characters` }
  if (text.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(text)
      if (Array.isArray(value) && value.every((t) => typeof t === 'string')) return { ok: true, tags: dedupe(value) }
    } catch {
      // falls through to the message below
    }
    return { ok: false, error: 'Tags must be a JSON array of strings, e.g. ["a","b"], or a;b' }
  }
  return { ok: true, tags: dedupe(text.split(';')) }
}

function dedupe(tags: string[]) {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))]
}

export function parseMetadataCell(cell: string): { ok: true; metadata: Record<string, unknown> } | { ok: false; error: string } {
  const text = cell.trim()
  if (!text) return { ok: true, metadata: {} }
  if (text.length > METADATA_CELL_MAX) {
    return { ok: false, error: `Metadata is longer than ${METADATA_CELL_MAX.toLocaleString('en')} characters` }
  }
  try {
    const value: unknown = JSON.parse(text)
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'Metadata must be a JSON object' }
    if (nestsDeeperThan(value)) return { ok: false, error: `Metadata nests more than ${MAX_JSON_DEPTH} levels deep` }
    return { ok: true, metadata: value as Record<string, unknown> }
  } catch {
    return { ok: false, error: 'Metadata is not valid JSON (a JSON object is expected)' }
  }
}

/** What validating a file carries from one chunk of rows to the next. */
export type FileContext = {
  layout: Pick<CsvLayout, 'delimiter' | 'columns'>
  /** Secrets and names seen so far, with the first row of each: duplicates are found anywhere in the file. */
  secrets: Map<string, number>
  names: Map<string, number>
  /** A row's id from its cells in the documented order (see `rowIds`). */
  idOf: (cells: readonly string[]) => string
}

/** The documented order, comma-separated: rows already in the importer's order. */
export const DOCUMENTED_LAYOUT = { delimiter: ',', columns: [...FIELDS] } as const satisfies FileContext['layout']

export const fileContext = (idOf: FileContext['idOf'], layout: FileContext['layout'] = DOCUMENTED_LAYOUT): FileContext => ({
  layout,
  secrets: new Map(),
  names: new Map(),
  idOf,
})

/** A row's cells in the documented order. */
function inDocumentedOrder(cells: string[], columns: FileContext['layout']['columns']): string[] {
  const ordered = ['', '', '', '', '']
  for (let i = 0; i < columns.length; i++) {
    const field = columns[i]
    if (field) ordered[FIELDS.indexOf(field)] = cells[i] ?? ''
  }
  return ordered
}

/** Validates data rows (header excluded); `startRow` is the file row of the first. */
export function validateRows(cells: string[][], startRow: number, context: FileContext): ImportRow[] {
  const { columns, delimiter } = context.layout
  const width = columns.length
  // Most files are in that order already: their rows need no copy.
  const documented = columns.every((field, i) => field === FIELDS[i])
  return cells.map((cellsInFile, index) => {
    const problems: string[] = []
    const warnings: string[] = []
    const raw = documented ? cellsInFile : inDocumentedOrder(cellsInFile, columns)
    const row = new ImportRow(startRow + index, context.idOf(raw), raw, problems, warnings)
    if (cellsInFile.length > width && cellsInFile.slice(width).some((c) => c.trim())) {
      const what = DELIMITER_NAMES[delimiter]
      problems.push(`Too many columns (${cellsInFile.length}; expected at most ${width}: quote cells that contain ${what}s)`)
    }
    if (!row.name) problems.push('Name is missing')
    else if (row.name.length > NAME_MAX) problems.push(`Name is longer than ${NAME_MAX} characters`)
    else firstOf(context.names, row.name, row.row, (first) => warnings.push(`Same name as row ${first}`))
    if (row.secret.length > SECRET_MAX) problems.push(`Secret is longer than ${SECRET_MAX} characters`)
    if (row.secret === HIDDEN_SECRET)
      problems.push('The secret was hidden in the error report: copy it from the original file, or empty the cell')
    if (row.secret) firstOf(context.secrets, row.secret, row.row, (first) => problems.push(`Duplicate secret: the same as row ${first}`))
    if (row.identity.length > IDENTITY_MAX) problems.push(`Identity is longer than ${IDENTITY_MAX} characters`)
    const tags = readTags(raw)
    if (!tags.ok) problems.push(tags.error)
    const metadata = readMetadata(raw)
    if (!metadata.ok) problems.push(metadata.error)
    return row
  })
}

/** Records the first row with `value`; a later row calls `seenAt` with that first row. */
function firstOf(seen: Map<string, number>, value: string, row: number, seenAt: (first: number) => void) {
  const first = seen.get(value)
  if (first === undefined) seen.set(value, row)
  else seenAt(first)
}

export function toClientCreate(row: ImportRow): ClientCreate {
  return {
    id: row.id,
    name: row.name,
    ...(row.tags.length ? { tags: row.tags } : {}),
    ...(row.secret || row.identity
      ? { credentials: { ...(row.identity ? { identity: row.identity } : {}), ...(row.secret ? { secret: row.secret } : {}) } }
      : {}),
    ...(Object.keys(row.metadata).length ? { metadata: row.metadata } : {}),
  }
}

/**
 * CSV in the importer's own format, safe to open in a spreadsheet. Secrets only when asked for: without
 * them the Secret column stays, empty, and an import of the file has new secrets generated.
 */
export function clientsToCsv(clients: Client[], options: { secrets: boolean }): string {
  const rows = clients.map((c) => [
    escapeCsvCell(c.name ?? ''),
    options.secrets ? escapeCsvCell(c.credentials?.secret ?? '') : '',
    c.tags?.length ? escapeCsvCell(JSON.stringify(c.tags)) : '',
    c.metadata && Object.keys(c.metadata).length ? escapeCsvCell(JSON.stringify(c.metadata)) : '',
    escapeCsvCell(c.credentials?.identity ?? ''),
  ])
  // Every column the importer reads, so a file exported and imported again keeps the identities too.
  return Papa.unparse({ fields: [...IMPORT_COLUMNS], data: rows }, { newline: '\r\n' })
}

/** The failed rows with their reasons, to fix in the original file; secrets are hidden. */
export function errorReportCsv(rows: { row: ImportRow; reason: string }[]): string {
  return Papa.unparse(
    {
      fields: ['Row', ...IMPORT_COLUMNS, 'Error'],
      data: rows.map(({ row, reason }) => [String(row.row), ...reportCells(row.raw).map(escapeCsvCell), escapeCsvCell(reason)]),
    },
    { newline: '\r\n' },
  )
}

const SECRET_COLUMN = IMPORT_COLUMNS.indexOf('Secret')
const reportCells = (raw: string[]) =>
  IMPORT_COLUMNS.map((_, i) => (i === SECRET_COLUMN && cell(raw, i).trim() ? HIDDEN_SECRET : cell(raw, i)))
