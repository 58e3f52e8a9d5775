import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Client } from '../../../api/schemas/client'
import { RUNS, settlesWithin } from '../../../test/bounded'
import {
  HIDDEN_SECRET,
  MAX_ROWS,
  METADATA_CELL_MAX,
  TAGS_CELL_MAX,
  clientsToCsv,
  decodeRows,
  encodeRows,
  errorReportCsv,
  fileContext,
  parseMetadataCell,
  parseTagsCell,
  validateRows,
  type ImportRow,
} from './client-csv'
import { decodeCsvBytes, parseCsvText } from './parse-csv'
import { fileProblem } from './read-csv-file'
import { rowIds } from './row-ids'

let n = 0
const newId = () => `id-${++n}`
const DOMAIN = '0d6a2b8e-5a4f-4c1e-9d55-acme00000001'

function parse(text: string, domainId = DOMAIN) {
  const rows: ImportRow[] = []
  // Through the worker's wire format, as the page receives them.
  const result = parseCsvText(text, domainId, (chunk) => rows.push(...decodeRows(encodeRows(chunk))))
  return { result, rows }
}

describe('cells', () => {
  it('reads tags as a JSON array or ;-separated', () => {
    expect(parseTagsCell('["a","b","a"]')).toEqual({ ok: true, tags: ['a', 'b'] })
    expect(parseTagsCell(' a; b ;;c')).toEqual({ ok: true, tags: ['a', 'b', 'c'] })
    expect(parseTagsCell('[1,2]').ok).toBe(false)
    expect(parseTagsCell('["a",').ok).toBe(false)
  })

  it('reads metadata as a JSON object only', () => {
    expect(parseMetadataCell('{"model":"DS18B20"}')).toEqual({ ok: true, metadata: { model: 'DS18B20' } })
    expect(parseMetadataCell('')).toEqual({ ok: true, metadata: {} })
    expect(parseMetadataCell('[1]')).toEqual({ ok: false, error: 'Metadata must be a JSON object' })
    expect(parseMetadataCell('{model: 1}').ok).toBe(false)
  })

  it('escapes formula cells on export and restores them on import', () => {
    const csv = clientsToCsv([{ id: 'c1', name: '=HYPERLINK("x")', tags: ['@cmd'], credentials: { secret: '+1' } } as Client], {
      secrets: true,
    })
    const [, row] = csv.split('\r\n')
    expect(row).toBe(`"'=HYPERLINK(""x"")",'+1,"[""@cmd""]",,`)
    const [parsed] = validateRows(
      [['\'=HYPERLINK("x")', "'+1"]],
      2,
      fileContext(() => 'id'),
    )
    expect(parsed.name).toBe('=HYPERLINK("x")')
    expect(parsed.secret).toBe('+1')
  })
})

describe('rows', () => {
  it('reports each problem on its row, counting the header as row 1', () => {
    const { result, rows } = parse(
      [
        'Name,Secret,Tags,Metadata',
        'ok,s1,"[""a""]","{""k"":1}"',
        ',s2,,',
        `${'x'.repeat(1025)},,,`,
        'dup,s1,,',
        'bad tags,,"[1]",',
        'bad json,,,{nope}',
        'wide,,,,"extra"',
        'dup,s3,,',
      ].join('\n'),
    )
    expect(result).toMatchObject({ ok: true, total: 8, invalid: 6 })
    expect(rows.map((r) => [r.row, r.problems])).toEqual([
      [2, []],
      [3, ['Name is missing']],
      [4, ['Name is longer than 1024 characters']],
      [5, ['Duplicate secret: the same as row 2']],
      [6, ['Tags must be a JSON array of strings, e.g. ["a","b"], or a;b']],
      [7, ['Metadata is not valid JSON (a JSON object is expected)']],
      [8, ['Too many columns (5; expected at most 4: quote cells that contain commas)']],
      [9, []],
    ])
    // A name used twice is allowed, and flagged.
    expect(rows.map((r) => r.warnings)).toEqual([[], [], [], [], [], [], [], ['Same name as row 5']])
    expect(rows[0]).toMatchObject({ name: 'ok', secret: 's1', tags: ['a'], metadata: { k: 1 } })
  })

  it('crosses from the worker as cells and reads back to the same rows', () => {
    const sent = validateRows(
      [
        ["'=x", ' s1 ', '["a","b"]', '{"k":[1,{"n":null}]}'],
        ['', 's1', 'a;b', '{nope}'],
      ],
      2,
      fileContext(newId),
    )
    const wire = JSON.parse(encodeRows(sent))
    expect(wire[0]).toEqual([2, sent[0].id, sent[0].raw, [], []])
    const view = (r: ImportRow) => [r.row, r.id, r.name, r.secret, r.tags, r.metadata, r.raw, r.problems, r.warnings]
    expect(decodeRows(encodeRows(sent)).map(view)).toEqual(sent.map(view))
    expect(view(decodeRows(encodeRows(sent))[0]).slice(2, 6)).toEqual(['=x', 's1', ['a', 'b'], { k: [1, { n: null }] }])
    expect(sent[1].problems).toEqual([
      'Name is missing',
      'Duplicate secret: the same as row 2',
      'Metadata is not valid JSON (a JSON object is expected)',
    ])
  })

  it('handles quoted commas and newlines inside cells', () => {
    const { rows } = parse('Name,Secret,Tags,Metadata\r\n"Dock, north\nbay 2",,"a;b","{""note"": ""a, b""}"\r\nnext,,,\r\n')
    expect(rows[0]).toMatchObject({ name: 'Dock, north\nbay 2', tags: ['a', 'b'], metadata: { note: 'a, b' }, problems: [] })
    expect(rows[1]).toMatchObject({ row: 3, name: 'next' })
  })

  it('refuses files without rows or with an unclosed quote', () => {
    expect(parse('').result).toEqual({ ok: false, error: 'The file is empty.' })
    expect(parse('Name,Secret\n').result).toEqual({ ok: false, error: 'The file has a header row but no clients.' })
    expect(parse('Name\n"open quote\nnext').result).toMatchObject({ ok: false, error: expect.stringMatching(/quoted cell is not closed/) })
  })

  it('parses and validates 100,000 rows', () => {
    const lines = ['Name,Secret,Tags,Metadata']
    for (let i = 0; i < 100_000; i++) {
      lines.push(`"Sensor ${i}, hall ${i % 7}",secret-${i % 99_999},"[""t${i % 5}"",""x""]","{""i"": ${i}, ""note"": ""a, b""}"`)
    }
    const { result, rows } = parse(lines.join('\n'))
    expect(result).toMatchObject({ ok: true, total: 100_000, invalid: 1 })
    expect(rows).toHaveLength(100_000)
    expect(rows[99_999].problems).toEqual(['Duplicate secret: the same as row 2'])
    expect(rows[42]).toMatchObject({ name: 'Sensor 42, hall 0', tags: ['t2', 'x'], metadata: { i: 42, note: 'a, b' } })
  }, 30_000)
})

describe('bytes and files', () => {
  it('accepts UTF-8 with or without a BOM and refuses other encodings and binary data', () => {
    const text = 'Name\nCafé'
    const utf8 = new TextEncoder().encode(text)
    expect(decodeCsvBytes(utf8)).toEqual({ ok: true, text })
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text })
    const latin1 = new Uint8Array([...new TextEncoder().encode('Name\nCaf'), 0xe9])
    expect(decodeCsvBytes(latin1)).toMatchObject({ ok: false, error: expect.stringMatching(/not UTF-8/) })
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/binary/),
    })
  })

  it('says “save as UTF-8” for UTF-16 text, with or without a byte order mark', () => {
    const utf16le = (text: string) => new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)
    const error = 'The file is UTF-16 text, which the importer does not read. Save it as “CSV UTF-8” and choose it again.'
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, ...utf16le('Name\nPump')]))).toEqual({ ok: false, error })
    expect(decodeCsvBytes(utf16le('Name\nPump'))).toEqual({ ok: false, error })
  })

  it('refuses other file types, empty and oversized files before parsing', () => {
    expect(fileProblem(new File(['x'], 'clients.xlsx'))).toMatch(/not a CSV file/)
    expect(fileProblem(new File([], 'clients.csv'))).toBe('The file is empty.')
    const big = { name: 'big.csv', type: 'text/csv', size: 50 * 1024 * 1024 } as File
    expect(fileProblem(big)).toMatch(/^The file is 50.0 MB; at most 32 MB/)
    expect(fileProblem(new File(['Name'], 'ok.CSV', { type: 'text/csv' }))).toBeNull()
  })
})

describe('export', () => {
  it('writes the importer format, which reads back to the same clients', () => {
    const clients = [
      {
        id: '1',
        name: '=cmd',
        tags: ['a', 'b'],
        metadata: { m: 'x,y' },
        credentials: { secret: 's' },
        status: 'enabled',
        created_at: '',
        updated_at: '',
      },
      { id: '2', name: 'plain', status: 'enabled', created_at: '', updated_at: '' },
    ] as Client[]
    const csv = clientsToCsv(clients, { secrets: true })
    expect(csv.split('\r\n')[0]).toBe('Name,Secret,Tags,Metadata,Identity')
    expect(csv).toContain(`'=cmd`)
    const { rows } = parse(csv)
    expect(rows.map((r) => [r.name, r.secret, r.tags, r.metadata])).toEqual([
      ['=cmd', 's', ['a', 'b'], { m: 'x,y' }],
      ['plain', '', [], {}],
    ])
  })

  it('leaves secrets out unless asked for, keeping the column', () => {
    const client = { id: '1', name: 'pump', credentials: { secret: 'the-secret' } } as Client
    expect(clientsToCsv([client], { secrets: false }).split('\r\n')).toEqual(['Name,Secret,Tags,Metadata,Identity', 'pump,,,,'])
  })

  it('writes an error report with the original cells and the reason, secrets hidden', () => {
    const rows = validateRows(
      [
        ['=x', 's'],
        ['y', '', '{oops}'],
      ],
      2,
      fileContext(newId),
    )
    const reasons = ['Secret already used', 'Tags are bad']
    expect(errorReportCsv(rows.map((row, i) => ({ row, reason: reasons[i] }))).split('\r\n')).toEqual([
      'Row,Name,Secret,Tags,Metadata,Identity,Error',
      `2,'=x,${HIDDEN_SECRET},,,,Secret already used`,
      '3,y,,{oops},,,Tags are bad',
    ])
  })

  it('refuses a row whose secret is the error report’s placeholder, rather than create it with that secret', () => {
    const [row] = validateRows([['y', HIDDEN_SECRET]], 2, fileContext(newId))
    expect(row.problems).toEqual(['The secret was hidden in the error report: copy it from the original file, or empty the cell'])
  })
})

describe('limits', () => {
  it('stops reading a file as soon as it passes the row limit', () => {
    // An unclosed quote at the very end: only a parse that reads to the end finds it.
    const text = `Name\n${'a\n'.repeat(MAX_ROWS + 5)}"unclosed`
    expect(parse(text).result).toEqual({ ok: false, error: 'The file has more than 200,000 rows; import at most that many at a time.' })
  })

  it('counts rows, not blank lines, against the limit', () => {
    const text = `Name\n${'a\n\n'.repeat(MAX_ROWS / 2 + 1)}`
    expect(parse(text).result).toMatchObject({ ok: true, total: MAX_ROWS / 2 + 1 })
  })

  it('refuses oversized and too deeply nested tags and metadata cells', () => {
    expect(parseTagsCell('a;'.repeat(TAGS_CELL_MAX))).toEqual({ ok: false, error: 'Tags are longer than 4,096 characters' })
    expect(parseMetadataCell(`{"k":"${'x'.repeat(METADATA_CELL_MAX)}"}`)).toEqual({
      ok: false,
      error: 'Metadata is longer than 65,536 characters',
    })
    expect(parseMetadataCell('{"a":'.repeat(65) + '1' + '}'.repeat(65))).toEqual({
      ok: false,
      error: 'Metadata nests more than 64 levels deep',
    })
  })
})

describe('row ids', () => {
  const FILE = ['Name,Secret,Tags,Metadata', 'pump,,,', 'valve,v-secret,a;b,', 'pump,,,'].join('\n')
  const ids = (text: string, domainId = DOMAIN) => parse(text, domainId).rows.map((r) => r.id)

  it('are UUIDs derived from the file: the same file gives the same ids, identical rows distinct ones', () => {
    const first = ids(FILE)
    expect(first).toEqual(ids(FILE))
    expect(new Set(first).size).toBe(3)
    for (const id of first) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('follow a row when other rows change or its tags and metadata are edited, and differ in another domain', () => {
    const [pump, valve, secondPump] = ids(FILE)
    const edited = ids(['Name,Secret,Tags,Metadata', 'new row,,,', 'pump,,,', 'valve,v-secret,c,"{""k"":1}"', 'pump,,,'].join('\n'))
    expect(edited.slice(1)).toEqual([pump, valve, secondPump])
    expect(ids(FILE, 'another-domain')).not.toContain(pump)
  })

  it('tell rows apart by name and secret, however the text is split between them, and by occurrence', () => {
    const next = rowIds(DOMAIN)
    const seen = new Set(
      [
        ['ab', ''],
        ['a', 'b'],
        ['', 'ab'],
        ['a', 'b', 'other tags'],
      ].map(next),
    )
    expect(seen.size).toBe(4)
  })
})

describe('parsing generated files', () => {
  const cellText = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('"', '""', ',', '\n', '\r\n', '[', '["a"', '{', '{"a":', "'=", '\u0000', '\ufeff'),
  )
  const csvText = fc
    .array(fc.array(cellText, { maxLength: 6 }), { maxLength: 30 })
    .map((rows) => ['Name,Secret,Tags,Metadata', ...rows.map((cells) => cells.join(','))].join('\n'))
  const valid = ['Name,Secret,Tags,Metadata', '"Dock, north",s1,"[""a""]","{""k"":1}"', 'pump,,a;b,', 'valve,s2,,"{""n"":[1,2]}"'].join(
    '\n',
  )
  const mutated = fc
    .tuple(fc.nat(valid.length), fc.nat(valid.length), cellText)
    .map(([from, to, text]) => valid.slice(0, Math.min(from, to)) + text + valid.slice(Math.max(from, to)))

  it('answers rows or a clear refusal for arbitrary text and mutations of a valid file, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvText, mutated, fc.string({ maxLength: 300 })), async (text) => {
        const { result, rows } = await settlesWithin(500, () => parse(text))
        if (!result.ok && result.mapping) {
          expect(result.mapping.suggested).toHaveLength(result.mapping.header.length)
          return
        }
        if (!result.ok) {
          expect(result.error.length).toBeGreaterThan(0)
          return
        }
        expect(rows).toHaveLength(result.total)
        for (const row of rows) {
          expect(Array.isArray(row.tags) && typeof row.metadata === 'object').toBe(true)
          expect(() => JSON.stringify(row.metadata)).not.toThrow()
        }
      }),
      RUNS,
    )
  })

  it('reads tags and metadata cells of any text as values or messages', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
    )
    await fc.assert(
      fc.asyncProperty(cell, async (text) => {
        const tags = await settlesWithin(250, () => parseTagsCell(text))
        expect(tags.ok ? tags.tags.every((t) => typeof t === 'string') : tags.error.length > 0).toBe(true)
        const metadata = await settlesWithin(250, () => parseMetadataCell(text))
        expect(metadata.ok ? typeof metadata.metadata === 'object' : metadata.error.length > 0).toBe(true)
      }),
      RUNS,
    )
  })

  it('decodes arbitrary bytes to text or a refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        const decoded = await settlesWithin(250, () => decodeCsvBytes(bytes))
        expect(decoded.ok ? typeof decoded.text === 'string' : decoded.error.length > 0).toBe(true)
      }),
      RUNS,
    )
  })
})
