import { onlineManager, QueryObserver } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../api/errors'
import { retryDelay, shouldRetry } from '../api/retry'
import { journalKeys } from '../data/journal'
import { createQueryClient } from './query-client'

const http = (status: number, retryAfter?: number) => new ApiError({ status, message: 'x', retryAfter })

describe('query retries', () => {
  it('retries network failures, timeouts and 5xx a few times, never a 4xx or a foreign error', () => {
    expect(shouldRetry(0, new ApiError({ status: 0, message: 'offline', kind: 'network' }))).toBe(true)
    expect(shouldRetry(0, new ApiError({ status: 0, message: 'slow', kind: 'timeout' }))).toBe(true)
    expect(shouldRetry(2, http(503))).toBe(true)
    expect(shouldRetry(3, http(503))).toBe(false)
    for (const status of [400, 401, 403, 404, 409]) expect(shouldRetry(0, http(status))).toBe(false)
    expect(shouldRetry(0, http(429)), 'too many requests: come back later').toBe(true)
    expect(shouldRetry(3, http(429))).toBe(false)
    expect(shouldRetry(0, new Error('bug'))).toBe(false)
  })

  it('backs off exponentially up to a cap, and honours Retry-After', () => {
    expect([0, 1, 2, 3, 10].map((n) => retryDelay(n, http(500)))).toEqual([500, 1000, 2000, 4000, 8000])
    expect(retryDelay(0, http(503, 3))).toBe(3000)
    expect(retryDelay(0, http(503, 3600))).toBe(30_000)
  })

  it('never re-sends a failed mutation on its own', async () => {
    const queryClient = createQueryClient()
    let calls = 0
    const mutation = queryClient.getMutationCache().build(queryClient, {
      mutationFn: async () => {
        calls++
        throw http(503)
      },
    })
    await expect(mutation.execute(undefined)).rejects.toThrow()
    expect(calls).toBe(1)
  })
})

describe('audit logs after a write', () => {
  it('marks every journal listing stale once any mutation settles, failed ones included', async () => {
    const queryClient = createQueryClient()
    const key = journalKeys.entity('d1', 'client', 'c1')
    queryClient.setQueryData(key, { total: 0 })
    const other = ['clients', 'd1']
    queryClient.setQueryData(other, [])
    // An observer keeps the query mounted, as a page on screen would.
    const observer = new QueryObserver(queryClient, { queryKey: key, queryFn: async () => ({ total: 1 }), staleTime: Infinity })
    const unsubscribe = observer.subscribe(() => {})

    const failing = queryClient.getMutationCache().build(queryClient, { mutationFn: async () => Promise.reject(http(400)) })
    await expect(failing.execute(undefined)).rejects.toThrow()

    await expect.poll(() => queryClient.getQueryData(key)).toEqual({ total: 1 })
    expect(queryClient.getQueryState(other)?.isInvalidated).toBe(false)
    unsubscribe()
  })
})

describe('offline and back', () => {
  afterEach(() => onlineManager.setOnline(true))

  it('refetches what is on screen when the connection returns, even data still fresh', async () => {
    const queryClient = createQueryClient()
    queryClient.mount()
    let fetches = 0
    const observer = new QueryObserver(queryClient, { queryKey: ['clients', 'd1'], queryFn: async () => ++fetches })
    const unsubscribe = observer.subscribe(() => {})
    await expect.poll(() => fetches).toBe(1)

    onlineManager.setOnline(false)
    onlineManager.setOnline(true)

    await expect.poll(() => queryClient.getQueryData(['clients', 'd1'])).toBe(2)
    unsubscribe()
    queryClient.unmount()
  })

  it('fails a write made offline at once instead of holding it to send later', async () => {
    const queryClient = createQueryClient()
    onlineManager.setOnline(false)
    let calls = 0
    const mutation = queryClient.getMutationCache().build(queryClient, {
      mutationFn: async () => {
        calls++
        throw new ApiError({ status: 0, message: 'network error', kind: 'network' })
      },
    })
    await expect(mutation.execute(undefined)).rejects.toThrow('network error')
    expect(calls).toBe(1)
    expect(mutation.state.isPaused).toBe(false)
  })
})
