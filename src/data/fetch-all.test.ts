import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/errors'
import { fetchAllPages, type PageRequest } from './fetch-all'

/** A list of `total` numbers served in pages, recording each request. */
function list(total: number, fail?: (request: PageRequest) => Error | undefined) {
  const requests: PageRequest[] = []
  const page = async (request: PageRequest) => {
    requests.push(request)
    const error = fail?.(request)
    if (error) throw error
    const items = Array.from({ length: Math.max(0, Math.min(request.limit, total - request.offset)) }, (_, i) => request.offset + i)
    return { total, items }
  }
  return { page, requests }
}

describe('fetchAllPages', () => {
  it('pages until it has the total, in order, a few pages at a time', async () => {
    const { page, requests } = list(250)
    const progress: number[] = []
    const all = await fetchAllPages(page, { concurrency: 3, onProgress: (fetched) => progress.push(fetched) })
    expect(all.items).toEqual(Array.from({ length: 250 }, (_, i) => i))
    expect(all).toMatchObject({ total: 250, complete: true })
    expect(requests.map((r) => r.offset).sort((a, b) => a - b)).toEqual([0, 100, 200])
    expect(progress.at(-1)).toBe(250)
  })

  it('stops at `max`, and after the first page when the list is longer than `giveUpAbove`', async () => {
    const capped = list(1000)
    expect((await fetchAllPages(capped.page, { pageSize: 10, max: 25 })).items).toHaveLength(25)
    expect(capped.requests.at(-1)).toEqual({ offset: 20, limit: 5 })

    const long = list(1000)
    const given = await fetchAllPages(long.page, { giveUpAbove: 500 })
    expect(given).toMatchObject({ total: 1000, complete: false })
    expect(long.requests).toHaveLength(1)
  })

  it('retries a page the server failed (5xx) and loses nothing', async () => {
    let failures = 0
    const { page, requests } = list(300, (r) =>
      r.offset === 100 && failures++ < 2 ? new ApiError({ status: 503, message: 'unavailable', retryAfter: 0 }) : undefined,
    )
    const all = await fetchAllPages(page)
    expect(all.items).toHaveLength(300)
    expect(requests.filter((r) => r.offset === 100)).toHaveLength(3)
  })

  it('does not retry a refusal (4xx), nor when told not to', async () => {
    const refused = list(300, (r) => (r.offset === 100 ? new ApiError({ status: 403, message: 'forbidden' }) : undefined))
    await expect(fetchAllPages(refused.page)).rejects.toMatchObject({ status: 403 })
    expect(refused.requests.filter((r) => r.offset === 100)).toHaveLength(1)

    const unretried = list(300, (r) => (r.offset === 100 ? new ApiError({ status: 503, message: '', retryAfter: 0 }) : undefined))
    await expect(fetchAllPages(unretried.page, { retry: false })).rejects.toMatchObject({ status: 503 })
    expect(unretried.requests.filter((r) => r.offset === 100)).toHaveLength(1)
  })

  it('stops requesting pages once its signal aborts', async () => {
    const abort = new AbortController()
    const { page, requests } = list(1000)
    const slowPage = async (request: PageRequest) => {
      const result = await page(request)
      if (request.offset === 200) abort.abort(new DOMException('Cancelled', 'AbortError'))
      return result
    }
    await expect(fetchAllPages(slowPage, { signal: abort.signal })).rejects.toMatchObject({ name: 'AbortError' })
    expect(requests.map((r) => r.offset)).toEqual([0, 100, 200])
  })

  it('ends at a page that comes back empty (the list shrank meanwhile)', async () => {
    let total = 300
    const requests: number[] = []
    const page = async ({ offset, limit }: PageRequest) => {
      requests.push(offset)
      const items = Array.from({ length: Math.max(0, Math.min(limit, 150 - offset)) }, (_, i) => offset + i)
      const answer = { total, items }
      total = 150
      return answer
    }
    expect((await fetchAllPages(page)).items).toHaveLength(150)
    expect(requests).toEqual([0, 100, 200])
  })
})
