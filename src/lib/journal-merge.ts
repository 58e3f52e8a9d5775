import { JOURNAL_LIMIT_MAX, type JournalEntry, type JournalListParams, type JournalPage } from '../api/schemas/journal'

type Timed = { occurred_at: string }
type Dir = 'asc' | 'desc'

// An unreadable time sorts as the oldest rather than stalling the merge (NaN compares false with everything).
const timeOf = (entry: Timed) => {
  const ms = Date.parse(entry.occurred_at)
  return Number.isNaN(ms) ? -Infinity : ms
}

/**
 * Entries `offset … offset + limit` of the merge of `lists`, each already in time order `dir` (as the
 * journal returns them). Ties go to the earlier list, so every page of the same lists agrees with the others.
 */
export function mergeByTime<T extends Timed>(lists: readonly (readonly T[])[], offset: number, limit: number, dir: Dir): T[] {
  const heads = lists.map(() => 0)
  const out: T[] = []
  for (let n = 0; n < offset + limit; n++) {
    let best = -1
    let bestTime = 0
    for (let i = 0; i < lists.length; i++) {
      if (heads[i] >= lists[i].length) continue
      const time = timeOf(lists[i][heads[i]])
      if (best < 0 || (dir === 'desc' ? time > bestTime : time < bestTime)) {
        best = i
        bestTime = time
      }
    }
    if (best < 0) break
    if (n >= offset) out.push(lists[best][heads[best]])
    heads[best]++
  }
  return out
}

/** One page (at most 10 entries, from `offset`) of one operation's entries. */
export type LoadChunk = (operation: string, offset: number, signal?: AbortSignal) => Promise<JournalPage>

/** Requests in flight at once: "changes only" asks once per operation. */
const CONCURRENCY = 4

async function inBatches<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = []
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      out[index] = await run(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker))
  return out
}

/**
 * A page of a journal holding only `operations`: the journal filters by one exact operation, so each is
 * read on its own (from the start, as far as the page needs) and the results merged by time. The total
 * is the sum of theirs, so paging through it meets every entry once.
 */
export async function fetchMergedPage(
  operations: readonly string[],
  loadChunk: LoadChunk,
  params: Pick<JournalListParams, 'offset' | 'limit' | 'dir'>,
  signal?: AbortSignal,
): Promise<JournalPage> {
  const offset = params.offset ?? 0
  const limit = params.limit ?? JOURNAL_LIMIT_MAX
  const needed = offset + limit
  const firsts = await inBatches(operations, (op) => loadChunk(op, 0, signal))
  const lists = await inBatches([...operations.keys()], async (index) => {
    const op = operations[index]
    const first = firsts[index]
    const entries: JournalEntry[] = [...first.journals]
    const wanted = Math.min(first.total, needed)
    while (entries.length < wanted) {
      const chunk = await loadChunk(op, entries.length, signal)
      if (chunk.journals.length === 0) break
      entries.push(...chunk.journals)
    }
    return entries.slice(0, needed)
  })
  const total = firsts.reduce((sum, page) => sum + page.total, 0)
  return { total, offset, limit, journals: mergeByTime(lists, offset, limit, params.dir ?? 'desc') }
}
