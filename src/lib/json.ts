export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/**
 * Deeper than any real metadata. `JSON.parse` reads any depth, but `JSON.stringify` (a request body, a page
 * printing the value) overflows the stack on a few thousand levels: such values are refused when typed and
 * clipped when shown.
 */
export const MAX_JSON_DEPTH = 64

/**
 * Whether a parsed JSON value nests deeper than `max` levels. It descends at most `max` levels, so however
 * deep the value, the recursion stays shallow (and it allocates nothing: it runs on every CSV row).
 */
export function nestsDeeperThan(value: unknown, max = MAX_JSON_DEPTH): boolean {
  if (!value || typeof value !== 'object') return false
  if (max === 0) return true
  if (Array.isArray(value)) {
    for (const item of value) if (nestsDeeperThan(item, max - 1)) return true
    return false
  }
  for (const key in value) if (nestsDeeperThan((value as Record<string, unknown>)[key], max - 1)) return true
  return false
}

const CLIPPED = '[nested too deeply to show]'

function clip(value: unknown, depth: number): unknown {
  if (!value || typeof value !== 'object') return value
  if (depth >= MAX_JSON_DEPTH) return CLIPPED
  if (Array.isArray(value)) return value.map((item) => clip(item, depth + 1))
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clip(item, depth + 1)]))
}

/** JSON text of a value from the server, for display: never throws, however deeply the value nests. */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(nestsDeeperThan(value) ? clip(value, 0) : value, null, indent) ?? ''
}

/** Where a JSON.parse error points, as "line L, column C", when the engine says. */
function position(text: string, message: string): string {
  const at = /position (\d+)/.exec(message)
  if (!at) return ''
  const offset = Number(at[1])
  const before = text.slice(0, offset).split('\n')
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`
}

/**
 * The fields editor (metadata-fields.ts) writes the fields it holds with a mistake under a first
 * `// <the mistake>` line: not JSON, so no form sends it. The mistake, or null.
 */
export function fieldsNote(text: string): string | null {
  // Only the editor's own line: plain content may well start with a `//` comment of its own.
  return /^\s*\/\/ (Field \d+: .*)/.exec(text)?.[1] ?? null
}

/** Parses operator-typed JSON that must be an object (metadata); explains what is wrong otherwise. */
export function parseJsonObject(text: string, what = 'Metadata'): Parsed<Record<string, unknown>> {
  const trimmed = text.trim()
  if (!trimmed) return { ok: true, value: {} }
  const note = fieldsNote(trimmed)
  if (note) return { ok: false, error: `${what}: ${note}` }
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    return { ok: false, error: `${what} must be a JSON object: the JSON is not valid${position(trimmed, message)}` }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: `${what} must be a JSON object` }
  if (nestsDeeperThan(value)) return { ok: false, error: `${what} nests more than ${MAX_JSON_DEPTH} levels deep` }
  return { ok: true, value: value as Record<string, unknown> }
}

export function prettyJson(value: unknown): string {
  return jsonText(value ?? {}, 2)
}
