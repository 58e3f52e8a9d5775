import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { getClient, listClients } from '../../api/clients'
import type { ClientListParams } from '../../api/schemas/client'

/** Query keys: invalidate a prefix to refresh everything below it. */
export const clientKeys = {
  all: (domainId: string) => ['clients', domainId] as const,
  lists: (domainId: string) => [...clientKeys.all(domainId), 'list'] as const,
  list: (domainId: string, params: ClientListParams) => [...clientKeys.lists(domainId), params] as const,
  details: (domainId: string) => [...clientKeys.all(domainId), 'detail'] as const,
  detail: (domainId: string, clientId: string) => [...clientKeys.details(domainId), clientId] as const,
}

export const clientQueries = {
  list: (domainId: string, params: ClientListParams) =>
    queryOptions({
      queryKey: clientKeys.list(domainId, params),
      queryFn: ({ signal }) => listClients(domainId, params, signal),
      // The previous page stays on screen while the next one loads.
      placeholderData: keepPreviousData,
    }),
  detail: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: clientKeys.detail(domainId, clientId),
      queryFn: ({ signal }) => getClient(domainId, clientId, { roles: true }, signal),
      staleTime: 30_000,
    }),
}
