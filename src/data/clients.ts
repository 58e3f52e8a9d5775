import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { findClientBootstrapConfig } from '../api/bootstraps'
import {
  createClient,
  createClientsBulk,
  deleteClient,
  getClient,
  listClients,
  removeClientParent,
  setClientEnabled,
  setClientParent,
  updateClient,
  updateClientSecret,
  updateClientTags,
} from '../api/clients'
import { isApiError } from '../api/errors'
import type { Client, ClientCreate, ClientListParams, ClientUpdate } from '../api/schemas/client'
import { useCurrentDomain } from '../lib/current-domain'
import { entityPermissions } from '../lib/permissions'
import { connectionKeys } from './connections'
import { fetchAllPages, type FetchAllOptions } from './fetch-all'

/**
 * Clients: the list, one client (with the caller's roles on it, shared by every client tab), its bootstrap
 * configuration. Everything of a domain's clients sits under `all`; invalidate a prefix to refresh what is below it.
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

export const clientQueries = {
  list: (domainId: string, params: ClientListParams) =>
    queryOptions({
      queryKey: clientKeys.list(domainId, params),
      queryFn: ({ signal }) => listClients(domainId, params, signal),
      // The previous page stays on screen while the next one loads.
      placeholderData: keepPreviousData,
    }),
  /** The client with the caller's roles on it (`?roles=true`), for permission-aware controls. */
  detail: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: clientKeys.detail(domainId, clientId),
      queryFn: ({ signal }) => getClient(domainId, clientId, { roles: true }, signal),
      staleTime: 30_000,
    }),
  bootstrap: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: clientKeys.bootstrap(domainId, clientId),
      queryFn: ({ signal }) => findClientBootstrapConfig(domainId, clientId, signal),
    }),
}

/**
 * What the signed-in user may do on a client: the domain's `client_*` actions plus the actions of the
 * roles they hold on the client. `reason` explains a disabled control.
 */
export function useClientPermissions(clientId: string) {
  const current = useCurrentDomain()
  const client = useQuery(clientQueries.detail(current.domain.id, clientId))
  return { ...entityPermissions(current, 'client', client.data), loaded: client.isSuccess }
}

/**
 * After any write: the lists and the client itself refetch (audit logs refresh after every mutation, see
 * query-client). A deleted client also leaves its channels: their client lists and counts refetch.
 */
async function refreshClients(queryClient: QueryClient, domainId: string, options: { clientId?: string; deleted?: boolean } = {}) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: clientKeys.lists(domainId) }),
    options.clientId ? queryClient.invalidateQueries({ queryKey: clientKeys.detail(domainId, options.clientId) }) : null,
    options.deleted ? queryClient.invalidateQueries({ queryKey: connectionKeys.all(domainId) }) : null,
  ])
}

/**
 * Whether a client id the caller created (or tried to) exists in the domain: a 404, or the 403 Magistrala
 * answers non-admins for unknown ids, says no (see `isAbsentForCaller`); any other failure is thrown.
 */
export function clientExists(domainId: string, clientId: string, signal?: AbortSignal): Promise<boolean> {
  return getClient(domainId, clientId, {}, signal).then(
    () => true,
    (error) => (isApiError(error) && error.isAbsentForCaller ? false : Promise.reject(error)),
  )
}

/**
 * Creates a client under an id chosen by the console (Magistrala accepts one). After an attempt whose
 * outcome is unknown (a timeout, a 5xx: the server may have created it), `lookFirst` asks for that id
 * before sending again, so a second click never creates a second client.
 */
export function useCreateClient(domainId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ body, lookFirst }: { body: ClientCreate & { id: string }; lookFirst: boolean }) => {
      if (lookFirst) {
        const created = await getClient(domainId, body.id).catch((error) =>
          isApiError(error) && error.isAbsentForCaller ? null : Promise.reject(error),
        )
        if (created) return created
      }
      return createClient(domainId, body)
    },
    onSuccess: () => refreshClients(queryClient, domainId),
  })
}

/**
 * The CSV import's writes: `createBatch` (`POST /{domainID}/clients/bulk`, all of a batch or none), `exists` and
 * `view` (a created client whose answer was lost, for its key); `finished` refreshes the lists once the import
 * stops, however it ended.
 */
export function useClientImportWrites(domainId: string) {
  const queryClient = useQueryClient()
  return {
    createBatch: (batch: ClientCreate[], signal: AbortSignal) => createClientsBulk(domainId, batch, signal),
    exists: (id: string, signal: AbortSignal) => clientExists(domainId, id, signal),
    view: (id: string, signal: AbortSignal) => getClient(domainId, id, {}, signal),
    finished: () => refreshClients(queryClient, domainId),
  }
}

/** Edits of one client: each field goes to the endpoint Magistrala has for it. */
export function useUpdateClient(domainId: string, clientId: string) {
  const queryClient = useQueryClient()
  const done = (client: Client) => {
    // The PATCH answers carry the new state; secrets are not echoed, so keep the cached one's shape.
    queryClient.setQueryData<Client>(clientKeys.detail(domainId, clientId), (old) =>
      old ? { ...old, ...client, credentials: { ...old.credentials, ...client.credentials } } : client,
    )
    return refreshClients(queryClient, domainId, { clientId })
  }
  return {
    fields: useMutation({ mutationFn: (body: ClientUpdate) => updateClient(domainId, clientId, body), onSuccess: done }),
    tags: useMutation({ mutationFn: (tags: string[]) => updateClientTags(domainId, clientId, tags), onSuccess: done }),
    secret: useMutation({
      mutationFn: (secret: string) => updateClientSecret(domainId, clientId, secret),
      // The answer omits the secret: keep the one just set, not the cached old one.
      onSuccess: (client, secret) => done({ ...client, credentials: { ...client.credentials, secret } }),
    }),
  }
}

/** Enable/disable, optimistic: the switch moves at once and moves back if the server refuses. */
export function useSetClientStatus(domainId: string, clientId: string) {
  const queryClient = useQueryClient()
  const key = clientKeys.detail(domainId, clientId)
  return useMutation({
    mutationFn: (enabled: boolean) => setClientEnabled(domainId, clientId, enabled),
    onMutate: async (enabled) => {
      await queryClient.cancelQueries({ queryKey: key })
      const previous = queryClient.getQueryData<Client>(key)
      if (previous) queryClient.setQueryData<Client>(key, { ...previous, status: enabled ? 'enabled' : 'disabled' })
      return { previous }
    },
    onError: (_error, _enabled, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous)
    },
    onSettled: () => refreshClients(queryClient, domainId, { clientId }),
  })
}

export function useDeleteClient(domainId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (clientId: string) => deleteClient(domainId, clientId),
    onSuccess: async (_data, clientId) => {
      queryClient.removeQueries({ queryKey: clientKeys.detail(domainId, clientId) })
      await refreshClients(queryClient, domainId, { deleted: true })
    },
  })
}

/**
 * Sets, changes or removes the parent group. Magistrala refuses a new parent while one is set
 * ("client already have parent"), so a change removes the old one first.
 */
export function useSetClientParent(domainId: string, clientId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ from, to }: { from: string | undefined; to: string | null }) => {
      if (from && from !== to) await removeClientParent(domainId, clientId)
      if (to && to !== from) await setClientParent(domainId, clientId, to)
    },
    onSettled: () => refreshClients(queryClient, domainId, { clientId }),
  })
}

/** Every client of a filtered list (all its pages, each retried), for exports and the import's check. */
export async function fetchAllClients(domainId: string, params: ClientListParams, options: FetchAllOptions = {}) {
  return fetchAllPages(
    ({ offset, limit }, signal) =>
      listClients(domainId, { ...params, offset, limit }, signal).then((page) => ({ total: page.total, items: page.clients })),
    options,
  )
}

/** Partial matches looked through for an exact name: enough for any real name, a few requests at most. */
const NAMED_LOOKUP_MAX = 500

/**
 * The domain's clients named exactly `name` (Magistrala allows several). The list's `name` filter matches part
 * of a name, so its matches are compared here; a name that is part of more than NAMED_LOOKUP_MAX others may go
 * unfound. Under `lists`: every write refreshes it.
 */
export const clientsNamedQuery = (domainId: string, name: string) =>
  queryOptions({
    queryKey: [...clientKeys.lists(domainId), 'named', name] as const,
    queryFn: async ({ signal }) => {
      const matches = await fetchAllClients(
        domainId,
        { name, status: 'all', order: 'name' },
        { signal, max: NAMED_LOOKUP_MAX, concurrency: 3, retry: false },
      )
      return matches.items.filter((client) => client.name === name)
    },
    staleTime: 30_000,
  })

/** One page of clients outside the cache: the pickers' searches. */
export const searchClients = listClients
