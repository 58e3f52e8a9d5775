import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/errors'
import type { JournalEntry, JournalListParams } from '../api/schemas/journal'
import { LIVE_INTERVAL_MS, fetchAllEntries, journalKeys, journalQueries, targetKey } from './journal'

const NOW = Date.parse('2026-11-01T12:00:00Z')
const entry = (i: number): JournalEntry => ({
  operation: 'client.view',
  occurred_at: new Date(NOW - i * 1000).toISOString(),
  attributes: { id: 'c1', user_id: 'u1' },
})

const target = { kind: 'entity', domainId: 'd1', type: 'client', id: 'c1' } as const
const filters = { range: '1h' }
const toParams = () => ({ from: 0 })

describe('journalQueries.list', () => {
  it('polls only when auto-refresh is on', () => {
    expect(journalQueries.list(target, filters, toParams).refetchInterval).toBe(false)
    expect(journalQueries.list(target, filters, toParams, { live: true }).refetchInterval).toBe(LIVE_INTERVAL_MS)
  })

  it('keys every listing under the shared journal prefix, so any write can refresh them', () => {
    const key = journalQueries.list(target, filters, toParams).queryKey
    expect(key.slice(0, journalKeys.all.length)).toEqual([...journalKeys.all])
    expect(key.slice(0, 4)).toEqual([...journalKeys.entity('d1', 'client', 'c1')])
    expect(key.at(-1)).toMatchObject({ range: '1h' })
    expect(targetKey({ kind: 'user', userId: 'u1' })).toEqual([...journalKeys.user('u1')])
  })
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
