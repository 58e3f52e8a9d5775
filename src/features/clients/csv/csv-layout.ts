import Papa from 'papaparse'

/** What a column of the file can hold, in the documented order (a file without a header row is read in it). */
export const FIELDS = ['name', 'secret', 'tags', 'metadata', 'identity'] as const
export type CsvField = (typeof FIELDS)[number]
export const FIELD_LABELS: Record<CsvField, string> = {
  name: 'Name',
  secret: 'Secret (key)',
  tags: 'Tags',
  metadata: 'Metadata',
  identity: 'Identity',
}
/** Each column of the file: the field it holds, or null when it is ignored. */
export type ColumnMap = (CsvField | null)[]

export const DELIMITERS = [',', ';', '\t'] as const
export type Delimiter = (typeof DELIMITERS)[number]
export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' }

/**
 * Header names, case-insensitive. `id`, `row` and `error` are the console's own files' other columns (the
 * created-clients file, the error report): known, and ignored, so those files import without a mapping step.
 */
const HEADER_NAMES: Record<string, CsvField | null> = {
  name: 'name',
  secret: 'secret',
  key: 'secret',
  tags: 'tags',
  metadata: 'metadata',
  identity: 'identity',
  id: null,
  row: null,
  error: null,
}

const headerField = (cell: string): CsvField | null | undefined => {
  const name = cell.trim().toLowerCase()
  return Object.hasOwn(HEADER_NAMES, name) ? HEADER_NAMES[name] : undefined
}

/** How the file's cells are read: its delimiter, and which field each column holds. */
export type CsvLayout = { delimiter: Delimiter; headerless: boolean; header: string[]; columns: ColumnMap }

/** A header the importer cannot read alone: the operator says what each column holds. */
export type ColumnsToMap = { delimiter: Delimiter; header: string[]; samples: string[][]; suggested: ColumnMap }

export type HeaderReading = { kind: 'named'; columns: ColumnMap } | { kind: 'none' } | { kind: 'unknown'; suggested: ColumnMap }

/** Empty cells at the end of a header are no columns (spreadsheets leave them). */
export function trimHeader(cells: string[]): string[] {
  let end = cells.length
  while (end > 0 && !cells[end - 1].trim()) end--
  return cells.slice(0, end)
}

/**
 * The first row read as a header: every cell a known name, each field once and a Name among them (`named`);
 * no known name at all, so it is no header but a client (`none`); or some names the importer does not know
 * (or a field twice, or no Name), which the operator maps (`unknown`, with the known names as suggestions).
 */
export function readHeader(cells: string[]): HeaderReading {
  const fields = trimHeader(cells).map(headerField)
  if (!fields.some((f) => f !== undefined)) return { kind: 'none' }
  const seen = new Set<CsvField>()
  const suggested = fields.map((field) => {
    if (!field || seen.has(field)) return null
    seen.add(field)
    return field
  })
  const clean = fields.every((f, i) => f !== undefined && f === suggested[i]) && seen.has('name')
  return clean ? { kind: 'named', columns: suggested } : { kind: 'unknown', suggested }
}

/** The documented order, for a file without a header row. */
export const documentedColumns = (width: number): ColumnMap => Array.from({ length: width }, (_, i) => FIELDS[i] ?? null)

/** Why a mapping cannot be used, or null: Name is required, and no field may come from two columns. */
export function mappingProblem(columns: ColumnMap): string | null {
  const counts = new Map<CsvField, number>()
  for (const field of columns) if (field) counts.set(field, (counts.get(field) ?? 0) + 1)
  if (!counts.has('name')) return 'Choose the column that holds the clients’ names (Name).'
  const twice = FIELDS.find((f) => (counts.get(f) ?? 0) > 1)
  return twice ? `Two columns are read as ${FIELD_LABELS[twice]}: choose Ignore for one of them.` : null
}

/** Enough of the file for its first rows: detection never parses a huge file whole. */
const HEAD_CHARS = 64 * 1024

/**
 * The file's delimiter: the one that splits the first row into known header names (most of them wins; a
 * comma on a tie, which a one-column file is); for a file without a header row, the one that splits its
 * first rows into the same number of cells (Papa's guess), a comma when none does.
 */
export function detectDelimiter(text: string): Delimiter {
  const head = text.slice(0, HEAD_CHARS)
  let best: Delimiter = ','
  let bestScore = 0
  for (const delimiter of DELIMITERS) {
    const first = Papa.parse<string[]>(head, { delimiter, preview: 1 }).data[0] ?? []
    const score = first.reduce((n, cell) => n + (headerField(cell) === undefined ? 0 : 1), 0)
    if (score > bestScore) [best, bestScore] = [delimiter, score]
  }
  if (bestScore > 0) return best
  const guessed = Papa.parse<string[]>(head, { preview: 10, delimitersToGuess: [...DELIMITERS] }).meta.delimiter
  return (DELIMITERS as readonly string[]).includes(guessed) ? (guessed as Delimiter) : ','
}
