import { fieldsNote } from '../../lib/json'

/**
 * A configuration's content is free text the device interprets. When it looks like JSON (starts with
 * `{` or `[`) the console checks it, because a device parsing broken JSON fails far from the operator.
 */
export type ContentCheck = { kind: 'empty' } | { kind: 'text' } | { kind: 'json'; value: unknown } | { kind: 'invalid-json'; error: string }

export const looksLikeJson = (text: string) => /^[[{]/.test(text.trim())

/** "line L, column C" for the offset a JSON.parse error names, when the engine names one. */
function where(text: string, message: string): string {
  const at = /position (\d+)/.exec(message)
  if (!at) return ''
  const lines = text.slice(0, Number(at[1])).split('\n')
  return ` at line ${lines.length}, column ${lines[lines.length - 1].length + 1}`
}

export function checkContent(text: string): ContentCheck {
  const trimmed = text.trim()
  if (!trimmed) return { kind: 'empty' }
  const note = fieldsNote(trimmed)
  if (note) return { kind: 'invalid-json', error: `Content: ${note}` }
  if (!looksLikeJson(trimmed)) return { kind: 'text' }
  try {
    return { kind: 'json', value: JSON.parse(trimmed) }
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    return {
      kind: 'invalid-json',
      error: `This looks like JSON but is not valid${where(trimmed, message)}. Fix it, or start it with something other than { or [ to send it as plain text.`,
    }
  }
}

/** The validation message for a form field, or null. */
export function contentProblem(text: string): string | null {
  const check = checkContent(text)
  return check.kind === 'invalid-json' ? check.error : null
}
