import type { QueryClient } from '@tanstack/react-query'
import { CLIENT_LIST_DEFAULTS, toListParams } from '../features/clients/list-params'
import { clientQueries } from '../data/clients'
import { domainQueries } from '../data/domains'
import { userQueries } from '../data/users'

/**
 * Signing in lands on the only domain's clients (or on the domain chooser, or on `next`). The routes on the way would
 * ask for the domains, then the profile, then the clients one after another, each once the previous one's page is up:
 * three round trips in a row. Started with the session, the profile and the domains go side by side, and the clients
 * list follows the domains at once; the routes then find them answered or under way.
 */
export function startLandingRequests(queryClient: QueryClient, next: string | null) {
  void queryClient.prefetchQuery(userQueries.profile())
  queryClient
    .fetchQuery(domainQueries.list())
    .then(({ domains }) => {
      if (next || domains.length !== 1) return
      return queryClient.prefetchQuery(clientQueries.list(domains[0].id, toListParams(CLIENT_LIST_DEFAULTS)))
    })
    // The routes ask again, and show a failure where it matters.
    .catch(() => {})
}
