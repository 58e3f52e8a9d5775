import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JournalEntry } from '../api/schemas/journal'
import { fetchMergedPage, mergeByTime, type LoadChunk } from './journal-merge'

type Dir = 'asc' | 'desc'
const BASE = Date.parse('2026-11-01T00:00:00Z')

/** Journals of a few operations, each in `dir` order as the service returns it; times collide often. */
const journals = (dir: Dir) =>
  fc
    .array(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 35 }), { maxLength: 6 })
    .map((lists) =>
      lists.map((seconds, op) =>
        seconds
          .toSorted((a, b) => (dir === 'desc' ? b - a : a - b))
          .map((s, i): JournalEntry => ({ operation: `op${op}`, occurred_at: new Date(BASE + s * 1000).toISOString(), attributes: { i } })),
      ),
    )
const dirs = fc.constantFrom<Dir>('asc', 'desc')
const time = (entry: JournalEntry) => Date.parse(entry.occurred_at)
const inOrder = (entries: JournalEntry[], dir: Dir) =>
  entries.every((entry, i) => i === 0 || (dir === 'desc' ? time(entries[i - 1]) >= time(entry) : time(entries[i - 1]) <= time(entry)))

/** The journal endpoint for one operation: pages of at most 10 from `offset`, with the total. */
function journalOf(lists: JournalEntry[][]): { load: LoadChunk; requests: string[] } {
  const requests: string[] = []
  const load: LoadChunk = async (operation, offset) => {
    requests.push(`${operation}@${offset}`)
    const list = lists[Number(operation.slice(2))]
    return { total: list.length, offset, limit: 10, journals: list.slice(offset, offset + 10) }
  }
  return { load, requests }
}

describe('mergeByTime', () => {
  it('keeps every entry once, in time order', () => {
    fc.assert(
      fc.property(
        dirs.chain((dir) => fc.tuple(fc.constant(dir), journals(dir))),
        ([dir, lists]) => {
          const all = lists.flat()
          const merged = mergeByTime(lists, 0, all.length, dir)
          expect(merged).toHaveLength(all.length)
          expect(new Set(merged)).toEqual(new Set(all))
          expect(inOrder(merged, dir)).toBe(true)
          // Each operation's own order survives (ties included).
          lists.forEach((list, op) => expect(merged.filter((e) => e.operation === `op${op}`)).toEqual(list))
        },
      ),
    )
  })

  it('pages that, put end to end, are the whole merge', () => {
    fc.assert(
      fc.property(
        dirs.chain((dir) => fc.tuple(fc.constant(dir), journals(dir), fc.integer({ min: 1, max: 12 }))),
        ([dir, lists, size]) => {
          const all = lists.flat().length
          const whole = mergeByTime(lists, 0, all, dir)
          const pages: JournalEntry[] = []
          for (let offset = 0; offset < all; offset += size) {
            const page = mergeByTime(lists, offset, size, dir)
            expect(page).toHaveLength(Math.min(size, all - offset))
            pages.push(...page)
          }
          expect(pages).toEqual(whole)
          expect(mergeByTime(lists, all, size, dir)).toEqual([])
        },
      ),
    )
  })
})

describe('fetchMergedPage', () => {
  it('reads each operation on its own and pages through the merge with a total that meets every entry once', async () => {
    await fc.assert(
      fc.asyncProperty(
        dirs.chain((dir) => fc.tuple(fc.constant(dir), journals(dir), fc.constantFrom(5, 10))),
        async ([dir, lists, limit]) => {
          const { load } = journalOf(lists)
          const operations = lists.map((_, op) => `op${op}`)
          const whole = mergeByTime(lists, 0, lists.flat().length, dir)
          const seen: JournalEntry[] = []
          for (let offset = 0; ; offset += limit) {
            const page = await fetchMergedPage(operations, load, { offset, limit, dir })
            expect(page.total).toBe(whole.length)
            seen.push(...page.journals)
            if (offset + limit >= page.total) break
          }
          expect(seen).toEqual(whole)
        },
      ),
      { numRuns: 50 },
    )
  })

  it('reads no further into an operation than the page needs', async () => {
    const entry = (s: number): JournalEntry => ({ operation: 'op0', occurred_at: new Date(BASE - s * 1000).toISOString() })
    const lists = [Array.from({ length: 45 }, (_, i) => entry(i)), [], [entry(3)]]
    const { load, requests } = journalOf(lists.map((list, op) => list.map((e) => ({ ...e, operation: `op${op}` }))))
    const page = await fetchMergedPage(['op0', 'op1', 'op2'], load, { offset: 10, limit: 10, dir: 'desc' })
    expect(page.total).toBe(46)
    expect(page.journals).toHaveLength(10)
    expect(requests.toSorted()).toEqual(['op0@0', 'op0@10', 'op1@0', 'op2@0'])
  })
})
