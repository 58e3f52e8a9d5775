/**
 * Formula injection: a spreadsheet runs a cell starting with one of these as a formula (`=HYPERLINK(…)`,
 * `@SUM(…)`, a leading tab or carriage return hiding one). Every CSV the console writes passes its cells
 * through `escapeCsvCell`. The check is on the first character alone: PapaParse's own `escapeFormulae`
 * pattern misses values with a line break (its `.*$` stops at the newline). A value that already looks
 * escaped (quotes, then a formula start) gets one more quote too, or `'=x` would come back from an export
 * and import as `=x`.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/

/** Prefixes a formula-like value with a quote, which spreadsheets show but do not evaluate. */
export function escapeCsvCell(value: string): string {
  return NEEDS_QUOTE.test(value) ? `'${value}` : value
}

/** Undoes `escapeCsvCell`, so an exported file re-imports to the same values. */
export function unescapeCsvCell(value: string): string {
  return value.startsWith("'") && NEEDS_QUOTE.test(value.slice(1)) ? value.slice(1) : value
}
