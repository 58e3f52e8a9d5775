import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { CSV_FIELDS, exportFileName, journalCsv } from './export-csv'

describe('journalCsv', () => {
  const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

  it('writes one row per entry with the actor resolved and the payload as JSON', async () => {
    const csv = await journalCsv(
      [
        {
          operation: 'client.update',
          occurred_at: '2026-11-01T10:00:00Z',
          attributes: { id: 'c1', user_id: 'u1', domain: 'd1', request_id: 'r1', name: 'Boiler, "main"' },
          metadata: { site: 'lab' },
        },
      ],
      (id) => (id === 'u1' ? 'Jane Doe' : undefined),
    )
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const [header, row] = parse(csv)
    expect(header).toEqual(CSV_FIELDS)
    expect(row.slice(0, 6)).toEqual(['2026-11-01T10:00:00Z', 'client.update', 'Jane Doe', 'u1', 'd1', 'r1'])
    expect(JSON.parse(row[6])).toMatchObject({ name: 'Boiler, "main"' })
    expect(JSON.parse(row[7])).toEqual({ site: 'lab' })
  })

  it('neutralises cells a spreadsheet would run as a formula, even across a line break', async () => {
    const hostile = ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '=1+1\nline two']
    const csv = await journalCsv(
      hostile.map((name) => ({ operation: name, occurred_at: '2026-11-01T10:00:00Z', attributes: { user_id: 'u1' } })),
      () => '=cmd|calc',
    )
    const rows = parse(csv).slice(1)
    expect(rows.map((r) => r[1])).toEqual(hostile.map((name) => `'${name}`))
    expect(rows.every((r) => r[2] === "'=cmd|calc")).toBe(true)
    expect(rows[0][0]).toBe('2026-11-01T10:00:00Z')
  })
})

describe('exportFileName', () => {
  it('names the journal and the moment', () => {
    expect(exportFileName('client', 'a1b2c3d4-e5f6', new Date(2026, 10, 1, 9, 5))).toBe('audit-log-client-a1b2c3d4-20261101-0905.csv')
  })
})
