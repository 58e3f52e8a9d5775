import { MutationCache, QueryClient } from '@tanstack/react-query'
import { retryDelay, shouldRetry } from '../api/retry'
import { journalKeys } from '../data/journal-keys'

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
