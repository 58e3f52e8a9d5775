import { describe, expect, it } from 'vitest'
import { parseJsonObject } from './json'

describe('parseJsonObject', () => {
  it('accepts an object, and empty text as {}', () => {
    expect(parseJsonObject('{"a": {"b": 1}}')).toEqual({ ok: true, value: { a: { b: 1 } } })
    expect(parseJsonObject('   ')).toEqual({ ok: true, value: {} })
  })

  it('refuses anything that is not an object, with the same message', () => {
    for (const text of ['[1,2]', '"text"', '42', 'null', 'true']) {
      expect(parseJsonObject(text)).toEqual({ ok: false, error: 'Metadata must be a JSON object' })
    }
  })

  it('explains invalid JSON', () => {
    const result = parseJsonObject('{"a": 1,}')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^Metadata must be a JSON object: the JSON is not valid/)
  })
})
