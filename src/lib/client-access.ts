import { queryOptions, useQuery } from '@tanstack/react-query'
import { getClient } from '../api/clients'
import { entityPermissions } from './permissions'
import { useCurrentDomain } from './current-domain'

/**
 * The client with the caller's roles on it (`?roles=true`): where a client tab reads what the user may
 * do. The key and request are the client page's own detail query, so both share one cache entry.
 */
export const clientAccessQuery = (domainId: string, clientId: string) =>
  queryOptions({
    queryKey: ['clients', domainId, 'detail', clientId] as const,
    queryFn: ({ signal }) => getClient(domainId, clientId, { roles: true }, signal),
    staleTime: 30_000,
  })

/**
 * What the signed-in user may do on a client: the domain's `client_*` actions plus the actions of the
 * roles they hold on the client. `reason` explains a disabled control.
 */
export function useClientPermissions(clientId: string) {
  const current = useCurrentDomain()
  const client = useQuery(clientAccessQuery(current.domain.id, clientId))
  return { ...entityPermissions(current, 'client', client.data), loaded: client.isSuccess }
}
