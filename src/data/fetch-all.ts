import { withRetries } from '../api/retry'
import { anySignal } from '../lib/abort'

/** One page of an offset/limit list, reduced to what paging needs. */
export type Page<T> = { total: number; items: T[] }
export type PageRequest = { offset: number; limit: number }

export type FetchAllOptions = {
  /** Cancels the pages not yet fetched (and any wait before a retry) at once. */
  signal?: AbortSignal
  /** Items a request asks for; 100 unless the endpoint serves fewer. */
  pageSize?: number
  /** Stops after this many items (an export's cap, a runaway list). */
  max?: number
  /**
   * When the first page says the list holds more than this, stops there (`complete: false`): the caller has a
   * cheaper way for lists that long.
   */
  giveUpAbove?: number
  /** Pages requested at once after the first (order is kept); one at a time unless set. */
  concurrency?: number
  /**
   * Each page is retried as a query would be (`api/retry.ts`): one 503 in a thousand pages must not lose the rest.
   * Off inside a `queryFn`, whose query already retries the whole list with the same policy.
   */
  retry?: boolean
  onProgress?: (fetched: number, total: number) => void
}

export type AllPages<T> = { items: T[]; total: number; complete: boolean }

/**
 * Every item of an offset/limit list: the first page says how many there are, the rest follow (a few at a time when
 * `concurrency` says so), in the list's order. One failed page (after its retries) stops the others and rejects.
 */
export async function fetchAllPages<T>(
  page: (request: PageRequest, signal: AbortSignal) => Promise<Page<T>>,
  options: FetchAllOptions = {},
): Promise<AllPages<T>> {
  const { pageSize = 100, max = Infinity, concurrency = 1, retry = true } = options
  const stop = new AbortController()
  const signal = options.signal ? anySignal([options.signal, stop.signal]) : stop.signal
  const read = (request: PageRequest) => {
    signal.throwIfAborted()
    return retry ? withRetries(() => page(request, signal), signal) : page(request, signal)
  }

  const first = await read({ offset: 0, limit: Math.min(pageSize, max) })
  if (options.giveUpAbove !== undefined && first.total > options.giveUpAbove) {
    return { items: first.items, total: first.total, complete: false }
  }
  const wanted = Math.min(first.total, max)
  const pages: T[][] = [first.items.slice(0, wanted)]
  let fetched = pages[0].length
  options.onProgress?.(fetched, wanted)

  const offsets: number[] = []
  for (let offset = pageSize; offset < wanted && first.items.length > 0; offset += pageSize) offsets.push(offset)
  let next = 0
  // A page that comes back empty means the list shrank meanwhile: nothing lies beyond it.
  let ended = false
  const worker = async () => {
    while (next < offsets.length && !ended) {
      const index = next++
      const offset = offsets[index]
      const result = await read({ offset, limit: Math.min(pageSize, wanted - offset) })
      if (result.items.length === 0) ended = true
      pages[index + 1] = result.items
      fetched += result.items.length
      options.onProgress?.(fetched, wanted)
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(Math.max(1, concurrency), offsets.length) }, worker))
  } catch (error) {
    stop.abort()
    throw error
  }
  return { items: pages.flat(), total: first.total, complete: true }
}
