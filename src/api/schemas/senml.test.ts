import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RUNS } from '../../test/bounded'
import { checkSenml, SENML_EXAMPLE, SENML_EXAMPLE_PRETTY } from './senml'

const NAME_START = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
const NAME_REST = `${NAME_START}-:./_`
const validName = fc
  .tuple(fc.constantFrom(...NAME_START), fc.string({ unit: fc.constantFrom(...NAME_REST), maxLength: 20 }))
  .map(([first, rest]) => first + rest)

const value = fc.oneof(
  fc.record({ v: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
  fc.record({ vs: fc.string({ maxLength: 20 }) }),
  fc.record({ vb: fc.boolean() }),
  fc.record({ vd: fc.base64String({ maxLength: 20 }) }),
  fc.record({ s: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
)

/** A valid record: a name of its own, one value, optional unit and time. */
const record = fc
  .tuple(validName, value, fc.option(fc.constantFrom('Cel', '%RH', 'count'), { nil: undefined }), fc.option(fc.nat(), { nil: undefined }))
  .map(([n, val, u, t]) => ({ n, ...val, ...(u ? { u } : {}), ...(t !== undefined ? { t } : {}) }))

const validPack = fc.array(
  record.map((r): Record<string, unknown> => r),
  { minLength: 1, maxLength: 8 },
)

const problemOf = (pack: unknown) => {
  const result = checkSenml(JSON.stringify(pack))
  return result.ok ? null : result.problem
}

describe('checkSenml', () => {
  it('accepts the example the panel starts from', () => {
    expect(checkSenml(SENML_EXAMPLE)).toEqual({ ok: true, records: 2 })
    expect(checkSenml(SENML_EXAMPLE_PRETTY)).toEqual({ ok: true, records: 2 })
  })

  it('says what is wrong, naming the record', () => {
    expect(problemOf({ n: 'temp', v: 1 })).toBe('SenML is a JSON array of records: wrap the record in [ … ].')
    expect(checkSenml('[{"n": "temp", "v": 1},]')).toMatchObject({ ok: false, problem: expect.stringMatching(/^Not valid JSON: /) })
    expect(problemOf([{ n: 'temp', v: '21' }])).toBe('Record 1: "v" must be a number.')
    expect(problemOf([{ n: 'a', v: 1 }, { v: 2 }])).toBe('Record 2 has no name (neither "bn" before it nor "n").')
    expect(problemOf([{ n: 'a', v: 1, vb: true }])).toBe('Record 1 has more than one value (v, vb); keep one.')
    expect(problemOf([{ n: 'a', u: 'Cel' }])).toBe('Record 1 has no value: give one of v, vs, vb, vd (or a sum s).')
    expect(problemOf([{ n: 'room temp', v: 1 }])).toBe('Record 1: the name "room temp" may only contain letters, digits and - : . / _.')
    expect(problemOf([{ n: '_temp', v: 1 }])).toBe('Record 1: the name "_temp" cannot start with - : . / or _.')
    expect(
      problemOf([
        { bver: 10, n: 'a', v: 1 },
        { bver: 11, n: 'b', v: 2 },
      ]),
    ).toBe('Record 2: base version 11 differs from 10; every record must have the same one.')
    expect(problemOf([1])).toBe('Record 1 is not an object.')
  })

  it('carries the base name and the base version forward, as the Go library does', () => {
    expect(checkSenml('[{"bn": "dev:", "n": "temp", "v": 1}, {"v": 2}]')).toEqual({ ok: true, records: 2 })
    expect(checkSenml('[{"bver": 10, "n": "a", "v": 1}, {"n": "b", "v": 2}]')).toEqual({ ok: true, records: 2 })
    // A base sum stands in for a value on the records after it.
    expect(checkSenml('[{"bs": 5, "n": "a"}, {"n": "b"}]')).toEqual({ ok: true, records: 2 })
  })

  it('accepts every pack of records with a valid name and one value', () => {
    fc.assert(
      fc.property(validPack, (pack) => {
        expect(checkSenml(JSON.stringify(pack))).toEqual({ ok: true, records: pack.length })
      }),
      RUNS,
    )
  })

  it('refuses a pack once any record gets a second value', () => {
    const second = fc.constantFrom({ v: 1 }, { vs: 'x' }, { vb: false }, { vd: 'AA==' })
    fc.assert(
      fc.property(validPack, fc.nat(), second, (pack, at, extra) => {
        const index = at % pack.length
        const rec = pack[index]
        const [key] = Object.keys(extra)
        fc.pre(!(key in rec) && !('s' in rec))
        const hasValue = ['v', 'vs', 'vb', 'vd'].some((k) => k in rec)
        fc.pre(hasValue)
        pack[index] = { ...rec, ...extra }
        expect(problemOf(pack)).toMatch(new RegExp(`^Record ${index + 1} has more than one value`))
      }),
      RUNS,
    )
  })

  it('refuses a pack once any name holds a character outside A-Za-z0-9-:./_', () => {
    const bad = fc.string({ minLength: 1, maxLength: 1 }).filter((c) => !NAME_REST.includes(c))
    fc.assert(
      fc.property(validPack, fc.nat(), bad, (pack, at, char) => {
        const index = at % pack.length
        pack[index] = { ...pack[index], n: `${pack[index].n as string}${char}` }
        expect(problemOf(pack)).toBe(
          `Record ${index + 1}: the name "${pack[index].n as string}" may only contain letters, digits and - : . / _.`,
        )
      }),
      RUNS,
    )
  })

  it('refuses a pack whose records carry two different base versions', () => {
    fc.assert(
      fc.property(
        validPack.filter((p) => p.length > 1),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (pack, a, b) => {
          fc.pre(a !== b)
          pack[0] = { ...pack[0], bver: a }
          pack[pack.length - 1] = { ...pack[pack.length - 1], bver: b }
          expect(problemOf(pack)).toBe(`Record ${pack.length}: base version ${b} differs from ${a}; every record must have the same one.`)
        },
      ),
      RUNS,
    )
  })

  it('answers any text, JSON or not, without throwing', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      validPack.map((p) => JSON.stringify(p).slice(0, -1)),
    )
    fc.assert(
      fc.property(text, (input) => {
        const result = checkSenml(input)
        expect(result.ok ? typeof result.records : typeof result.problem).toBe(result.ok ? 'number' : 'string')
      }),
      RUNS,
    )
  })
})
