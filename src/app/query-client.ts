import { MutationCache, QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/errors'
import { journalKeys } from '../lib/journal-keys'

const MAX_RETRIES = 3

/** Retry what may succeed next time (network, timeouts, 5xx), never a 4xx; back off, honouring Retry-After. */
export function shouldRetry(failureCount: number, error: unknown) {
  return isApiError(error) && error.isRetryable && failureCount < MAX_RETRIES
}

export function retryDelay(attempt: number, error: unknown) {
  if (isApiError(error) && error.retryAfter !== undefined) return Math.min(error.retryAfter * 1000, 30_000)
  return Math.min(500 * 2 ** attempt, 8_000)
}

export function createQueryClient() {
  const queryClient: QueryClient = new QueryClient({
    // Every write is journaled (even a refused one may be), so any audit log on screen refetches after one.
    mutationCache: new MutationCache({ onSettled: () => queryClient.invalidateQueries({ queryKey: journalKeys.all }) }),
    defaultOptions: {
      // Back online, whatever is on screen refetches, fresh or not: it may have changed meanwhile.
      queries: { staleTime: 15_000, retry: shouldRetry, retryDelay, refetchOnReconnect: 'always' },
      // A mutation is never re-sent on its own: the user decides (a retry could apply a change twice).
      // Nor is it held while offline to fire later behind the user's back: it fails now, with a message.
      mutations: { retry: false, networkMode: 'always' },
    },
  })
  return queryClient
}
