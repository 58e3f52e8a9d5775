import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RUNS } from '../test/bounded'
import { parseJsonObject } from './json'
import { addedRow, objectFromRows, rowsFromObject, rowsFromText, textFromRows, type FieldRow } from './metadata-fields'

const objects = fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 8 })
/** What JSON can carry of a value (-0 becomes 0): the most any editor can keep. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value))
const withoutIds = (rows: FieldRow[]) => rows.map(({ id: _id, ...rest }) => rest)
const row = (key: string, type: FieldRow['type'], value: string): FieldRow => ({ id: `${key}-${type}-${value}`, key, type, value })

describe('metadata as fields', () => {
  it('round-trips any object through the fields and back', () => {
    fc.assert(
      fc.property(objects, (object) => {
        const back = objectFromRows(rowsFromObject(object))
        expect(back).toEqual({ ok: true, value: asJson(object) })
      }),
      RUNS,
    )
  })

  it('round-trips the fields through JSON text and back, types and all', () => {
    fc.assert(
      fc.property(objects, (object) => {
        const rows = rowsFromObject(object)
        const text = textFromRows(rows)
        expect(parseJsonObject(text)).toEqual({ ok: true, value: asJson(object) })
        const again = rowsFromText(text)
        expect(again.ok && withoutIds(again.value)).toEqual(withoutIds(rowsFromObject(asJson(object))))
      }),
      RUNS,
    )
  })

  it('types values by what they are', () => {
    const rows = rowsFromObject({ name: 'x', floor: 3, on: false, tags: ['a'], nothing: null, nested: { a: 1 } })
    expect(rows.map((r) => [r.key, r.type, r.value])).toEqual([
      ['name', 'text', 'x'],
      ['floor', 'number', '3'],
      ['on', 'boolean', 'false'],
      ['tags', 'json', '[\n  "a"\n]'],
      ['nothing', 'json', 'null'],
      ['nested', 'json', '{\n  "a": 1\n}'],
    ])
  })

  it('names the first row with a mistake, and ignores a row added and left empty', () => {
    expect(objectFromRows([row('a', 'number', '12'), addedRow()])).toEqual({ ok: true, value: { a: 12 } })
    expect(objectFromRows([row('', 'text', '')]), 'an empty key is a key').toEqual({ ok: true, value: { '': '' } })
    expect(objectFromRows([row('a', 'number', '0x10')])).toEqual({ ok: false, error: 'Field 1: Enter a number, e.g. 42 or -1.5' })
    expect(objectFromRows([row('a', 'text', ''), row('a', 'text', 'b')])).toEqual({
      ok: false,
      error: 'Field 2: The key “a” is used twice',
    })
    expect(objectFromRows([row('j', 'json', '{a}')]).ok).toBe(false)
  })

  it('writes rows with a mistake as text no form accepts, keeping everything typed', () => {
    fc.assert(
      fc.property(objects, fc.string({ minLength: 1, maxLength: 8 }), (object, typed) => {
        fc.pre(!/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(typed.trim()))
        const rows = [...rowsFromObject(object), row('count', 'number', typed)]
        fc.pre(!('count' in object))
        const text = textFromRows(rows)
        expect(parseJsonObject(text).ok).toBe(false)
        expect(text).toContain(typed.trim() || '""')
        expect(text.split('\n')[0]).toMatch(/^\/\/ Field \d+: Enter a number/)
        expect(parseJsonObject(text)).toEqual({ ok: false, error: expect.stringMatching(/^Metadata: Field \d+: Enter a number/) })
      }),
      RUNS,
    )
  })
})
