import { pause } from '../lib/abort'
import { isApiError } from './errors'

const MAX_RETRIES = 3

/**
 * Whether a failed read is tried again: what may succeed next time (network, timeouts, 5xx, and 429 "too
 * many requests", which asks to come back later), never another 4xx; at most three times.
 */
export function shouldRetry(failureCount: number, error: unknown) {
  return isApiError(error) && (error.isRetryable || error.status === 429) && failureCount < MAX_RETRIES
}

/** Backs off exponentially, honouring Retry-After (within reason). */
export function retryDelay(attempt: number, error: unknown) {
  if (isApiError(error) && error.retryAfter !== undefined) return Math.min(error.retryAfter * 1000, 30_000)
  return Math.min(500 * 2 ** attempt, 8_000)
}

/**
 * Runs a read with the retries TanStack Query gives queries (`shouldRetry`, `retryDelay`), for loops that page
 * through a list outside it (exports, the secrets check): one failed page of a thousand must not lose the rest.
 * Aborting the signal stops the waiting at once.
 */
export async function withRetries<T>(read: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (let failures = 0; ; failures++) {
    try {
      return await read()
    } catch (error) {
      if (signal?.aborted || !shouldRetry(failures, error)) throw error
      await pause(retryDelay(failures, error), signal)
    }
  }
}
