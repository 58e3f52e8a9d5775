import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RUNS, settlesWithin } from '../test/bounded'
import { MAX_JSON_DEPTH, jsonText, nestsDeeperThan, parseJsonObject, prettyJson } from './json'

/** `{"a":{"a":…1…}}` nested `depth` levels: JSON.parse reads it, JSON.stringify overflows the stack on it. */
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

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

describe('deeply nested JSON', () => {
  it('refuses metadata nested deeper than the limit, which could not be sent (JSON.stringify overflows)', () => {
    expect(parseJsonObject(deepObject(MAX_JSON_DEPTH)).ok).toBe(true)
    expect(parseJsonObject(deepObject(MAX_JSON_DEPTH + 1))).toEqual({
      ok: false,
      error: `Metadata nests more than ${MAX_JSON_DEPTH} levels deep`,
    })
    expect(parseJsonObject(deepObject(100_000)).ok).toBe(false)
  })

  it('shows a value from the server however deep it nests, clipped past the limit', () => {
    const value = JSON.parse(deepObject(100_000))
    expect(() => JSON.stringify(value)).toThrow(RangeError)
    expect(prettyJson(value)).toContain('[nested too deeply to show]')
    expect(jsonText({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}')
  })

  it('measures the depth without recursion', () => {
    expect(nestsDeeperThan(JSON.parse('['.repeat(200_000) + ']'.repeat(200_000)))).toBe(true)
    expect(nestsDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false)
    expect(nestsDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true)
  })
})

describe('parseJsonObject on generated input', () => {
  it('answers an object or a message, never throws, on arbitrary text, JSON and its truncations', async () => {
    const json = fc.jsonValue({ maxDepth: 8 }).map((value) => JSON.stringify(value))
    const truncated = fc.tuple(json, fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1)))
    const nested = fc.tuple(fc.integer({ min: 0, max: 5_000 }), fc.constantFrom('[', '{"k":')).map(([depth, open]) => open.repeat(depth))
    await fc.assert(
      fc.asyncProperty(fc.oneof(json, truncated, nested, fc.string({ maxLength: 200 })), async (text) => {
        const result = await settlesWithin(250, () => parseJsonObject(text))
        if (result.ok) expect(() => JSON.stringify(result.value)).not.toThrow()
        else expect(result.error).toMatch(/^Metadata /)
        expect(typeof (await settlesWithin(250, () => prettyJson(result.ok ? result.value : text)))).toBe('string')
      }),
      RUNS,
    )
  })
})
