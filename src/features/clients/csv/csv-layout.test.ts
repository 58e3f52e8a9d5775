import { readFileSync } from 'node:fs'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RUNS, settlesWithin } from '../../../test/bounded'
import { decodeRows, encodeRows, toClientCreate, type ImportRow } from './client-csv'
import { DELIMITERS, FIELDS, detectDelimiter, mappingProblem, readHeader } from './csv-layout'
import { parseCsvText, type ReadOptions } from './parse-csv'

const DOMAIN = '0d6a2b8e-5a4f-4c1e-9d55-acme00000001'

function parse(text: string, options: ReadOptions = {}) {
  const rows: ImportRow[] = []
  const result = parseCsvText(text, DOMAIN, (chunk) => rows.push(...decodeRows(encodeRows(chunk))), options)
  return { result, rows }
}

describe('header', () => {
  it('finds known columns by name, in any order and any case', () => {
    expect(readHeader(['TAGS', 'Identity', 'key', 'name', ''])).toEqual({ kind: 'named', columns: ['tags', 'identity', 'secret', 'name'] })
    expect(readHeader(['Row', 'Name', 'Secret', 'Error'])).toEqual({ kind: 'named', columns: [null, 'name', 'secret', null] })
  })

  it('takes a first row without any known name for a client, not a header', () => {
    expect(readHeader(['Boiler', 's3cret'])).toEqual({ kind: 'none' })
  })

  it('asks for a mapping when a name is unknown, a field comes twice or Name is missing', () => {
    expect(readHeader(['Name', 'Colour'])).toEqual({ kind: 'unknown', suggested: ['name', null] })
    expect(readHeader(['name', 'key', 'secret'])).toEqual({ kind: 'unknown', suggested: ['name', 'secret', null] })
    expect(readHeader(['Secret', 'Tags'])).toEqual({ kind: 'unknown', suggested: ['secret', 'tags'] })
  })

  it('accepts a mapping with one Name and no field twice', () => {
    expect(mappingProblem(['name', null, 'tags'])).toBeNull()
    expect(mappingProblem([null, 'tags'])).toMatch(/names \(Name\)/)
    expect(mappingProblem(['name', 'tags', 'tags'])).toBe('Two columns are read as Tags: choose Ignore for one of them.')
  })
})

describe('delimiter', () => {
  it('is the one that splits the header into known names', () => {
    expect(detectDelimiter('name;key;tags\nPump;"a,b";x')).toBe(';')
    expect(detectDelimiter('Name\tMetadata\nPump\t{"a":1,"b":2}')).toBe('\t')
    expect(detectDelimiter('Name,Tags\n"Pump; hall",a;b')).toBe(',')
    expect(detectDelimiter('Name\nPump')).toBe(',')
  })

  it('is guessed from the rows of a file without a header', () => {
    expect(detectDelimiter('Pump;s1;a\nValve;s2;b')).toBe(';')
    expect(detectDelimiter('Pump\ts1\nValve\ts2')).toBe('\t')
    expect(detectDelimiter('Pump\nValve')).toBe(',')
  })
})

describe('reading a file', () => {
  it('reads a semicolon-separated file with shuffled headers, identity included', () => {
    const { result, rows } = parse('Identity;TAGS;Name;key\r\ngate-01;a,b;"Gate; north";s1\r\ngate-02;;Gate 2;\r\n')
    expect(result).toMatchObject({ ok: true, total: 2, invalid: 0, layout: { delimiter: ';', headerless: false } })
    expect(rows[0]).toMatchObject({ row: 2, name: 'Gate; north', secret: 's1', identity: 'gate-01', tags: ['a,b'], problems: [] })
    expect(toClientCreate(rows[0])).toMatchObject({ credentials: { identity: 'gate-01', secret: 's1' } })
    expect(toClientCreate(rows[1]).credentials).toEqual({ identity: 'gate-02' })
  })

  it('reads a file without a header row in the documented order, row 1 a client', () => {
    const { result, rows } = parse('Boiler;s1;heat\nPump;s2;;;pump-7')
    expect(result).toMatchObject({ ok: true, total: 2, layout: { delimiter: ';', headerless: true } })
    expect(rows.map((r) => [r.row, r.name, r.secret, r.identity])).toEqual([
      [1, 'Boiler', 's1', ''],
      [2, 'Pump', 's2', 'pump-7'],
    ])
  })

  it('asks for the columns of an unknown header, then reads it with them', () => {
    const text = 'Name,Password,Colour\nBoiler,s1,red\nPump,s2,blue'
    const asked = parse(text).result
    expect(asked).toEqual({
      ok: false,
      mapping: {
        delimiter: ',',
        header: ['Name', 'Password', 'Colour'],
        samples: [
          ['Boiler', 's1', 'red'],
          ['Pump', 's2', 'blue'],
        ],
        suggested: ['name', null, null],
      },
    })
    const { result, rows } = parse(text, { columns: ['name', 'secret', null] })
    expect(result).toMatchObject({ ok: true, total: 2 })
    expect(rows.map((r) => [r.row, r.name, r.secret, r.raw])).toEqual([
      [2, 'Boiler', 's1', ['Boiler', 's1', '', '', '']],
      [3, 'Pump', 's2', ['Pump', 's2', '', '', '']],
    ])
  })

  it('maps a first row taken for a client when the operator says it is a header', () => {
    const text = 'Device;Password\nBoiler;s1'
    expect(parse(text).result).toMatchObject({ ok: true, total: 2, layout: { headerless: true } })
    expect(parse(text, { mapping: true }).result).toMatchObject({ mapping: { header: ['Device', 'Password'], suggested: [null, null] } })
    const { result, rows } = parse(text, { columns: [null, 'name'] })
    expect(result).toMatchObject({ ok: true, total: 1 })
    expect(rows[0]).toMatchObject({ row: 2, name: 's1', secret: '' })
  })

  it('reads the sample file the dialog offers', () => {
    const { result, rows } = parse(readFileSync('public/samples/clients.csv', 'utf8'))
    expect(result).toMatchObject({ ok: true, total: 4, invalid: 0 })
    expect(rows[1]).toMatchObject({ name: 'Boiler Room Gateway, east', identity: 'gw-boiler-east', secret: 'gw-boiler-east-0001' })
  })

  it('keeps ids of rows whose columns only moved', () => {
    const a = parse('Name,Secret\nPump,s1').rows[0].id
    expect(parse('key;NAME\ns1;Pump').rows[0].id).toBe(a)
  })

  it('flags cells beyond the header, naming the delimiter', () => {
    const { rows } = parse('Name;Secret\nPump;s1;extra')
    expect(rows[0].problems).toEqual(['Too many columns (3; expected at most 2: quote cells that contain semicolons)'])
  })
})

describe('detecting on generated files', () => {
  const headerName = fc.constantFrom('name', 'NAME', 'Name', 'secret', 'Key', 'tags', 'Metadata', 'identity', 'Colour', 'Row', '')
  const cell = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('"', ',', ';', '\t', '\n', '\r\n', '""'))

  it('always settles on a delimiter and a reading of the first row, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }).map((r) => r.join('\n')),
        ),
        fc.array(headerName, { maxLength: 6 }),
        async (text, header) => {
          const delimiter = await settlesWithin(250, () => detectDelimiter(text))
          expect(DELIMITERS).toContain(delimiter)
          expect(['named', 'none', 'unknown']).toContain(readHeader(header).kind)
          const { result } = await settlesWithin(500, () => parse(text))
          expect(result.ok || result.mapping !== undefined || (result.error ?? '').length > 0).toBe(true)
        },
      ),
      RUNS,
    )
  })

  it('finds the delimiter and every column of a header of known names in any order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...FIELDS], { minLength: 1 }).filter((fields) => fields.includes('name')),
        fc.constantFrom(...DELIMITERS),
        fc.boolean(),
        async (fields, delimiter, upper) => {
          const header = fields.map((f) => (upper ? f.toUpperCase() : f)).join(delimiter)
          const row = fields.map((f) => (f === 'name' ? 'Pump' : '')).join(delimiter)
          const { result, rows } = await settlesWithin(500, () => parse(`${header}\n${row}`))
          // A single column has no delimiter to find: it reads as a comma's.
          const found = fields.length > 1 ? delimiter : ','
          expect(result).toMatchObject({ ok: true, layout: { delimiter: found, columns: fields, headerless: false } })
          expect(rows[0].name).toBe('Pump')
        },
      ),
      RUNS,
    )
  })
})
