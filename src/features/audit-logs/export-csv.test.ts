import Papa from 'papaparse'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../api/errors'
import type { JournalEntry, JournalListParams } from '../../api/schemas/journal'
import { CSV_FIELDS, exportFileName, fetchAllEntries, journalCsv } from './export-csv'

const NOW = Date.parse('2026-11-01T12:00:00Z')
const entry = (i: number): JournalEntry => ({
  operation: 'client.view',
  occurred_at: new Date(NOW - i * 1000).toISOString(),
  attributes: { id: 'c1', user_id: 'u1' },
})

/** A journal of `size` entries behind a fake page fetcher that records what it was asked. */
function journal(size: number) {
  const all = Array.from({ length: size }, (_, i) => entry(i))
  const calls: JournalListParams[] = []
  const fetchPage = vi.fn(async (params: JournalListParams) => {
    calls.push(params)
    const offset = params.offset ?? 0
    return { total: all.length, offset, limit: params.limit, journals: all.slice(offset, offset + (params.limit ?? 10)) }
  })
  return { all, calls, fetchPage }
}

describe('fetchAllEntries', () => {
  it('walks the pages, 10 entries a request, reporting progress', async () => {
    const { all, calls, fetchPage } = journal(25)
    const progress: number[] = []
    const result = await fetchAllEntries(
      fetchPage,
      { operation: 'client.view', dir: 'desc' },
      { signal: new AbortController().signal, now: NOW, onProgress: (p) => progress.push(p.fetched) },
    )
    expect(result).toEqual({ entries: all, total: 25 })
    expect(calls.map((c) => [c.offset, c.limit]).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [0, 10],
      [10, 10],
      [20, 5],
    ])
    expect(calls.every((c) => c.operation === 'client.view' && c.dir === 'desc')).toBe(true)
    expect(progress).toHaveLength(3)
    expect(progress[0]).toBe(10)
    expect(progress.at(-1)).toBe(25)
  })

  it('stops at the cap', async () => {
    const { fetchPage } = journal(100)
    const result = await fetchAllEntries(fetchPage, {}, { signal: new AbortController().signal, cap: 35, now: NOW })
    expect(result.entries).toHaveLength(35)
    expect(result.total).toBe(100)
    expect(fetchPage).toHaveBeenCalledTimes(4)
  })

  it('pins the end of the range to when the export started', async () => {
    const { calls, fetchPage } = journal(3)
    await fetchAllEntries(fetchPage, { from: 100 }, { signal: new AbortController().signal, now: NOW })
    expect(calls[0]).toMatchObject({ from: 100, to: NOW / 1000 })
    await fetchAllEntries(fetchPage, { to: 200 }, { signal: new AbortController().signal, now: NOW })
    expect(calls[1].to).toBe(200)
  })

  it('keeps the journal order when pages arrive out of order', async () => {
    const { all, fetchPage } = journal(95)
    const slowFirst = async (params: JournalListParams) => {
      // Earlier pages answer later.
      await new Promise((resolve) => setTimeout(resolve, 50 - (params.offset ?? 0) / 2))
      return fetchPage(params)
    }
    const result = await fetchAllEntries(slowFirst, {}, { signal: new AbortController().signal, now: NOW, concurrency: 4 })
    expect(result.entries).toEqual(all)
  })

  it('stops when cancelled', async () => {
    const { fetchPage } = journal(50)
    const abort = new AbortController()
    const run = fetchAllEntries(
      fetchPage,
      {},
      { signal: abort.signal, now: NOW, concurrency: 1, onProgress: (p) => p.fetched === 20 && abort.abort() },
    )
    await expect(run).rejects.toThrow()
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })

  it('retries a page that fails as reads are retried (a 503 with Retry-After: 0), and exports everything', async () => {
    const { all, fetchPage } = journal(60)
    let failures = 0
    const flaky = async (params: JournalListParams) => {
      if (params.offset === 30 && failures++ < 2) throw new ApiError({ status: 503, message: '', retryAfter: 0 })
      return fetchPage(params)
    }
    const result = await fetchAllEntries(flaky, {}, { signal: new AbortController().signal, now: NOW })
    expect(result.entries).toEqual(all)
    expect(failures).toBe(3)
  })

  it('stops every page when one fails for good', async () => {
    const { fetchPage } = journal(200)
    const failing = vi.fn(async (params: JournalListParams, signal: AbortSignal) => {
      if (params.offset === 30) throw new Error('server error')
      await new Promise((resolve) => setTimeout(resolve, 5))
      signal.throwIfAborted()
      return fetchPage(params)
    })
    await expect(fetchAllEntries(failing, {}, { signal: new AbortController().signal, now: NOW, concurrency: 4 })).rejects.toThrow(
      'server error',
    )
    expect(failing.mock.calls.length).toBeLessThan(10)
  })
})

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
