import { queryOptions } from '@tanstack/react-query'
import { findClientBootstrapConfig } from '../api/bootstraps'
import { listCerts } from '../api/certs'
import { getClient } from '../api/clients'
import type { ClientListParams } from '../api/schemas/client'

/**
 * The client queries every client tab shares (the page header, Configuration, Connections, Roles…),
 * so they read one cache entry. Invalidate a prefix to refresh everything below it.
 */
export const clientKeys = {
  all: (domainId: string) => ['clients', domainId] as const,
  lists: (domainId: string) => [...clientKeys.all(domainId), 'list'] as const,
  list: (domainId: string, params: ClientListParams) => [...clientKeys.lists(domainId), params] as const,
  details: (domainId: string) => [...clientKeys.all(domainId), 'detail'] as const,
  detail: (domainId: string, clientId: string) => [...clientKeys.details(domainId), clientId] as const,
  /** The client's bootstrap configuration (its id is the client's), or null: the bootstraps pages refresh it. */
  bootstrap: (domainId: string, clientId: string) => [...clientKeys.detail(domainId, clientId), 'bootstrap'] as const,
}

/** The client with the caller's roles on it (`?roles=true`), for permission-aware controls. */
export const clientDetailQuery = (domainId: string, clientId: string) =>
  queryOptions({
    queryKey: clientKeys.detail(domainId, clientId),
    queryFn: ({ signal }) => getClient(domainId, clientId, { roles: true }, signal),
    staleTime: 30_000,
  })

export const clientBootstrapQuery = (domainId: string, clientId: string) =>
  queryOptions({
    queryKey: clientKeys.bootstrap(domainId, clientId),
    queryFn: ({ signal }) => findClientBootstrapConfig(domainId, clientId, signal),
  })

/** The certificates issued to one client: its page header (and the connect panel) tell the auth method from them. */
export const clientCertificatesQuery = (domainId: string, clientId: string) =>
  queryOptions({
    queryKey: ['certs', domainId, 'entity', clientId],
    queryFn: ({ signal }) => listCerts(domainId, { entity_id: clientId, limit: 100 }, signal),
    staleTime: 60_000,
  })
