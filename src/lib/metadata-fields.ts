import { parseJsonObject, type Parsed } from './json'

/** How a field's value is typed in: as text, a number, true/false, or any JSON (an object, a list, null). */
export type FieldType = 'text' | 'number' | 'boolean' | 'json'

/**
 * One key/value row of the fields editor, as typed; `id` keeps a row's identity while it is edited;
 * `added` marks a row the user added (not read from the value).
 */
export type FieldRow = { id: string; key: string; type: FieldType; value: string; added?: boolean }

let lastId = 0
export const newRowId = () => `field-${++lastId}`

/** A JSON number, as JSON.stringify writes one ("1e+21" included); not "0x10", "", "Infinity". */
const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/

export function rowFromValue(key: string, value: unknown): FieldRow {
  const id = newRowId()
  if (typeof value === 'string') return { id, key, type: 'text', value }
  if (typeof value === 'number') return { id, key, type: 'number', value: JSON.stringify(value) }
  if (typeof value === 'boolean') return { id, key, type: 'boolean', value: String(value) }
  return { id, key, type: 'json', value: JSON.stringify(value, null, 2) }
}

export function rowsFromObject(object: Record<string, unknown>): FieldRow[] {
  return Object.entries(object).map(([key, value]) => rowFromValue(key, value))
}

/** A row added and left empty is no field at all, not a mistake. (An empty key is a key: JSON allows it.) */
export const isBlankRow = (row: FieldRow) => Boolean(row.added) && row.key === '' && row.value.trim() === ''

export const addedRow = (): FieldRow => ({ id: newRowId(), key: '', type: 'text', value: '', added: true })

/** The row's value, or what is wrong with it. */
export function rowValue(row: FieldRow): Parsed<unknown> {
  switch (row.type) {
    case 'text':
      return { ok: true, value: row.value }
    case 'number':
      return JSON_NUMBER.test(row.value.trim())
        ? { ok: true, value: Number(row.value.trim()) }
        : { ok: false, error: 'Enter a number, e.g. 42 or -1.5' }
    case 'boolean':
      return row.value === 'true' || row.value === 'false'
        ? { ok: true, value: row.value === 'true' }
        : { ok: false, error: 'Choose true or false' }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(row.value) }
      } catch {
        return { ok: false, error: 'Not valid JSON (e.g. {"a": 1}, [1, 2], "text" or null)' }
      }
  }
}

export type RowError = { on: 'key' | 'value'; message: string }

/** What is wrong with each row, by row id: a repeated key, or a value that is not of its type. */
export function rowErrors(rows: readonly FieldRow[]): Map<string, RowError> {
  const errors = new Map<string, RowError>()
  const seen = new Set<string>()
  for (const row of rows) {
    if (isBlankRow(row)) continue
    if (seen.has(row.key)) errors.set(row.id, { on: 'key', message: `The key “${row.key}” is used twice` })
    else {
      const value = rowValue(row)
      if (!value.ok) errors.set(row.id, { on: 'value', message: value.error })
    }
    seen.add(row.key)
  }
  return errors
}

/** The object the rows describe, or the first row's problem ("Field 2: …"). */
export function objectFromRows(rows: readonly FieldRow[]): Parsed<Record<string, unknown>> {
  const errors = rowErrors(rows)
  const filled = rows.filter((row) => !isBlankRow(row))
  const bad = filled.findIndex((row) => errors.has(row.id))
  if (bad >= 0) return { ok: false, error: `Field ${bad + 1}: ${errors.get(filled[bad].id)!.message}` }
  // Own properties even for "__proto__", as JSON.parse makes them.
  return { ok: true, value: Object.fromEntries(filled.map((row) => [row.key, (rowValue(row) as { value: unknown }).value])) }
}

/**
 * The rows as JSON text. Rows with a mistake still become text, as typed (`"count": abc`), under a first
 * line naming the mistake: the text is not valid JSON, so no form sends it, and the JSON view shows
 * exactly what was typed.
 */
export function textFromRows(rows: readonly FieldRow[]): string {
  const result = objectFromRows(rows)
  if (result.ok) return JSON.stringify(result.value, null, 2)
  const lines = rows
    .filter((row) => !isBlankRow(row))
    .map((row) => `  ${JSON.stringify(row.key)}: ${row.type === 'text' ? JSON.stringify(row.value) : row.value.trim() || '""'}`)
  return `// ${result.error}\n{\n${lines.join(',\n')}\n}`
}

/** Rows for JSON text, or why the text cannot be shown as fields. */
export function rowsFromText(text: string, what = 'Metadata'): Parsed<FieldRow[]> {
  const parsed = parseJsonObject(text, what)
  return parsed.ok ? { ok: true, value: rowsFromObject(parsed.value) } : parsed
}
