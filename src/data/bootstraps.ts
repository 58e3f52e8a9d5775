import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { createClient, deleteClient } from '../api/clients'
import {
  createBootstrapConfig,
  deleteBootstrapConfig,
  fetchDeviceBootstrap,
  findClientBootstrapConfig,
  getBootstrapConfig,
  listBootstrapConfigs,
  setBootstrapState,
  updateBootstrapCerts,
  updateBootstrapConfig,
  updateBootstrapConnections,
} from '../api/bootstraps'
import type {
  BootstrapCertsUpdate,
  BootstrapConfig,
  BootstrapConfigCreate,
  BootstrapConfigsPage,
  BootstrapListParams,
  BootstrapState,
} from '../api/schemas/bootstrap'
import { clientKeys, clientQueries } from './clients'
import { connectionKeys } from './connections'

/**
 * Bootstrap configurations (their id is their client's). A change also refreshes the client's own view of its
 * configuration; enabling one, or changing its channels, connects the client: the connections refresh too.
 */
export const bootstrapKeys = {
  all: (domainId: string) => ['bootstraps', domainId] as const,
  lists: (domainId: string) => [...bootstrapKeys.all(domainId), 'list'] as const,
  list: (domainId: string, params: BootstrapListParams) => [...bootstrapKeys.lists(domainId), params] as const,
  details: (domainId: string) => [...bootstrapKeys.all(domainId), 'detail'] as const,
  detail: (domainId: string, configId: string) => [...bootstrapKeys.details(domainId), configId] as const,
}

export const bootstrapQueries = {
  list: (domainId: string, params: BootstrapListParams) =>
    queryOptions({
      queryKey: bootstrapKeys.list(domainId, params),
      queryFn: ({ signal }) => listBootstrapConfigs(domainId, params, signal),
      placeholderData: keepPreviousData,
    }),
  detail: (domainId: string, configId: string) =>
    queryOptions({
      queryKey: bootstrapKeys.detail(domainId, configId),
      queryFn: ({ signal }) => getBootstrapConfig(domainId, configId, signal),
    }),
  /** The configuration's client, from the cache the client pages share. */
  client: clientQueries.detail,
}

function refreshConfig(queryClient: QueryClient, domainId: string, configId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: bootstrapKeys.detail(domainId, configId) }),
    queryClient.invalidateQueries({ queryKey: bootstrapKeys.lists(domainId) }),
    queryClient.invalidateQueries({ queryKey: clientKeys.bootstrap(domainId, configId) }),
  ])
}

/**
 * Without a client, bootstrap v0.20 creates one named `Bootstrapped Client <uuid>`, a name no operator
 * can find again; so the console creates the client itself, named after the configuration, and hands
 * its id over. If the configuration is then refused, the client goes too, as the service does with its own.
 */
async function createWithNamedClient(domainId: string, body: BootstrapConfigCreate) {
  if (body.client_id) return createBootstrapConfig(domainId, body)
  const client = await createClient(domainId, { name: body.name?.trim() || body.external_id, status: 'enabled' })
  try {
    return await createBootstrapConfig(domainId, { ...body, client_id: client.id })
  } catch (error) {
    await deleteClient(domainId, client.id).catch(() => undefined)
    throw error
  }
}

export function useCreateBootstrap(domainId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: BootstrapConfigCreate) => createWithNamedClient(domainId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: bootstrapKeys.lists(domainId) }),
        queryClient.invalidateQueries({ queryKey: clientKeys.all(domainId) }),
      ]),
  })
}

/** PUT replaces name and content together: the caller passes both. */
export function useUpdateBootstrap(domainId: string, configId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { name: string; content: string }) => updateBootstrapConfig(domainId, configId, body),
    onSuccess: () => refreshConfig(queryClient, domainId, configId),
  })
}

export function useUpdateBootstrapCerts(domainId: string, configId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: BootstrapCertsUpdate) => updateBootstrapCerts(domainId, configId, body),
    onSuccess: () => refreshConfig(queryClient, domainId, configId),
  })
}

export function useUpdateBootstrapChannels(domainId: string, configId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (channels: string[]) => updateBootstrapConnections(domainId, configId, channels),
    onSuccess: () =>
      Promise.all([
        refreshConfig(queryClient, domainId, configId),
        queryClient.invalidateQueries({ queryKey: connectionKeys.all(domainId) }),
      ]),
  })
}

type StateChange = { configId: string; state: BootstrapState }
type Snapshot = [readonly unknown[], unknown][]

/** Enable/disable, shown at once everywhere the config appears and rolled back if the server refuses. */
export function useSetBootstrapState(domainId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ configId, state }: StateChange) => setBootstrapState(domainId, configId, state),
    onMutate: async ({ configId, state }: StateChange) => {
      await queryClient.cancelQueries({ queryKey: bootstrapKeys.all(domainId) })
      const snapshot: Snapshot = [
        ...queryClient.getQueriesData<BootstrapConfigsPage>({ queryKey: bootstrapKeys.lists(domainId) }),
        [bootstrapKeys.detail(domainId, configId), queryClient.getQueryData(bootstrapKeys.detail(domainId, configId))],
      ]
      const apply = (config: BootstrapConfig) => (config.client_id === configId ? { ...config, state } : config)
      queryClient.setQueriesData<BootstrapConfigsPage>({ queryKey: bootstrapKeys.lists(domainId) }, (page) =>
        page ? { ...page, configs: page.configs.map(apply) } : page,
      )
      queryClient.setQueryData<BootstrapConfig>(bootstrapKeys.detail(domainId, configId), (config) => (config ? apply(config) : config))
      return snapshot
    },
    onError: (_error, _change, snapshot) => {
      for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data)
    },
    onSettled: (_data, _error, { configId }) =>
      Promise.all([
        refreshConfig(queryClient, domainId, configId),
        queryClient.invalidateQueries({ queryKey: connectionKeys.all(domainId) }),
      ]),
  })
}

export function useDeleteBootstrap(domainId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (configId: string) => deleteBootstrapConfig(domainId, configId),
    onSuccess: (_data, configId) => {
      queryClient.removeQueries({ queryKey: bootstrapKeys.detail(domainId, configId) })
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: bootstrapKeys.lists(domainId) }),
        queryClient.invalidateQueries({ queryKey: clientKeys.bootstrap(domainId, configId) }),
      ])
    },
  })
}

/** The client's configuration, outside the cache, or null: asked before creating one. */
export const findBootstrapOfClient = findClientBootstrapConfig

/** Asks the device-facing endpoint, as the device would; nothing is cached. */
export function useTestBootstrap() {
  return useMutation({
    mutationFn: ({ externalId, externalKey }: { externalId: string; externalKey: string }) => fetchDeviceBootstrap(externalId, externalKey),
  })
}
