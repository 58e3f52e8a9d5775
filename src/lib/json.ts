export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** Where a JSON.parse error points, as "line L, column C", when the engine says. */
function position(text: string, message: string): string {
  const at = /position (\d+)/.exec(message)
  if (!at) return ''
  const offset = Number(at[1])
  const before = text.slice(0, offset).split('\n')
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`
}

/** Parses operator-typed JSON that must be an object (metadata); explains what is wrong otherwise. */
export function parseJsonObject(text: string, what = 'Metadata'): Parsed<Record<string, unknown>> {
  const trimmed = text.trim()
  if (!trimmed) return { ok: true, value: {} }
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    return { ok: false, error: `${what} must be a JSON object: the JSON is not valid${position(trimmed, message)}` }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: `${what} must be a JSON object` }
  return { ok: true, value: value as Record<string, unknown> }
}

export function prettyJson(value: unknown): string {
  return JSON.stringify(value ?? {}, null, 2)
}
