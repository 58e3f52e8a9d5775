import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import {
  createClient,
  deleteClient,
  getClient,
  removeClientParent,
  setClientEnabled,
  setClientParent,
  updateClient,
  updateClientSecret,
  updateClientTags,
} from '../../api/clients'
import { isApiError } from '../../api/errors'
import type { Client, ClientCreate, ClientUpdate } from '../../api/schemas/client'
import { clientKeys } from './queries'

/** After any write: the lists and the client itself refetch (audit logs refresh after every mutation, see query-client). */
async function refreshClient(queryClient: QueryClient, domainId: string, clientId?: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: clientKeys.lists(domainId) }),
    clientId ? queryClient.invalidateQueries({ queryKey: clientKeys.detail(domainId, clientId) }) : null,
  ])
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
    onSuccess: () => refreshClient(queryClient, domainId),
  })
}

/** Edits of one client: each field goes to the endpoint Magistrala has for it. */
export function useUpdateClient(domainId: string, clientId: string) {
  const queryClient = useQueryClient()
  const done = (client: Client) => {
    // The PATCH answers carry the new state; secrets are not echoed, so keep the cached one's shape.
    queryClient.setQueryData<Client>(clientKeys.detail(domainId, clientId), (old) =>
      old ? { ...old, ...client, credentials: { ...old.credentials, ...client.credentials } } : client,
    )
    return refreshClient(queryClient, domainId, clientId)
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
    onSettled: () => refreshClient(queryClient, domainId, clientId),
  })
}

export function useDeleteClient(domainId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (clientId: string) => deleteClient(domainId, clientId),
    onSuccess: async (_data, clientId) => {
      queryClient.removeQueries({ queryKey: clientKeys.detail(domainId, clientId) })
      await refreshClient(queryClient, domainId)
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
    onSettled: () => refreshClient(queryClient, domainId, clientId),
  })
}
