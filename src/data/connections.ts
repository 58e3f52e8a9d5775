import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { connect, connectChannelClients, disconnect, disconnectChannelClients, listChannels } from '../api/channels'
import { listClients } from '../api/clients'
import type { Channel, ChannelListParams, ConnectionType, ConnectionTypeInput } from '../api/schemas/channel'
import type { ClientListParams } from '../api/schemas/client'
import { fetchAllPages } from './fetch-all'

/**
 * Connections between clients and channels. Everything about one client's connections sits under `client(id)` and
 * everything about one channel's clients under `channel(id)`, so a connect or disconnect invalidates exactly the two
 * sides it touched; deleting clients invalidates `all` (every channel's clients and counts).
 */
export const connectionKeys = {
  all: (domainId: string) => ['connections', domainId] as const,
  client: (domainId: string, clientId: string) => [...connectionKeys.all(domainId), 'client', clientId] as const,
  clientChannels: (domainId: string, clientId: string, params: ChannelListParams) =>
    [...connectionKeys.client(domainId, clientId), 'channels', params] as const,
  clientLinks: (domainId: string, clientId: string) => [...connectionKeys.client(domainId, clientId), 'links'] as const,
  channel: (domainId: string, channelId: string) => [...connectionKeys.all(domainId), 'channel', channelId] as const,
  channelClients: (domainId: string, channelId: string, params: ClientListParams) =>
    [...connectionKeys.channel(domainId, channelId), 'clients', params] as const,
  channelClientCount: (domainId: string, channelId: string) => [...connectionKeys.channel(domainId, channelId), 'client-count'] as const,
  /** Search results of the pickers; they show what is connected, so every change refreshes them. */
  pickers: (domainId: string) => [...connectionKeys.all(domainId), 'picker'] as const,
}

/** One connect request: the other side's ids (channels of a client, or clients of a channel) and types. */
export type ConnectStep = { ids: string[]; types: ConnectionTypeInput[] }

/** The API's two spellings of a connection type: the write's and the list's. */
export const toWire = (type: ConnectionTypeInput): ConnectionType => (type === 'publish' ? 'Publish' : 'Subscribe')

/** A client's connections as channel id → the channel row (with its `connection_types`). */
export type ClientLinks = Record<string, Channel>

/** A client's links are fetched whole (a page of 100 at a time), up to this many channels. */
const LINKS_MAX = 1000

async function fetchClientLinks(domainId: string, clientId: string, signal: AbortSignal): Promise<ClientLinks> {
  const { items } = await fetchAllPages(
    ({ offset, limit }, pageSignal) =>
      listChannels(domainId, { client: clientId, status: 'all', limit, offset, order: 'name', dir: 'asc' }, pageSignal).then((page) => ({
        total: page.total,
        items: page.channels,
      })),
    { signal, max: LINKS_MAX, retry: false },
  )
  return Object.fromEntries(items.map((channel) => [channel.id, channel]))
}

export const connectionQueries = {
  clientChannels: (domainId: string, clientId: string, params: ChannelListParams) =>
    queryOptions({
      queryKey: connectionKeys.clientChannels(domainId, clientId, params),
      queryFn: ({ signal }) => listChannels(domainId, { ...params, client: clientId }, signal),
      placeholderData: keepPreviousData,
    }),
  clientLinks: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: connectionKeys.clientLinks(domainId, clientId),
      queryFn: ({ signal }) => fetchClientLinks(domainId, clientId, signal),
    }),
  channelClients: (domainId: string, channelId: string, params: ClientListParams) =>
    queryOptions({
      queryKey: connectionKeys.channelClients(domainId, channelId, params),
      queryFn: ({ signal }) => listClients(domainId, { ...params, channel: channelId }, signal),
      placeholderData: keepPreviousData,
    }),
  /**
   * How many clients a channel has. The API has no count on the channel itself: this asks the clients
   * list for the channel's clients with `only_total`, disabled ones included.
   */
  channelClientCount: (domainId: string, channelId: string) =>
    queryOptions({
      queryKey: connectionKeys.channelClientCount(domainId, channelId),
      queryFn: async ({ signal }) =>
        (await listClients(domainId, { channel: channelId, status: 'all', only_total: true, limit: 1 }, signal)).total,
      staleTime: 30_000,
    }),
}

/**
 * After a connect or disconnect: both sides' lists, counts and links, and the pickers.
 */
export async function invalidateConnections(queryClient: QueryClient, domainId: string, clientIds: string[], channelIds: string[]) {
  await Promise.all([
    ...clientIds.map((id) => queryClient.invalidateQueries({ queryKey: connectionKeys.client(domainId, id) })),
    ...channelIds.map((id) => queryClient.invalidateQueries({ queryKey: connectionKeys.channel(domainId, id) })),
    queryClient.invalidateQueries({ queryKey: connectionKeys.pickers(domainId) }),
  ])
}

export type ConnectInput = {
  plan: ConnectStep[]
  /** Told after each request that succeeded, so a failure part-way can say what was already made. */
  onApplied?: (step: ConnectStep) => void
}

async function runPlan(plan: ConnectStep[], send: (step: ConnectStep) => Promise<void>, onApplied?: (step: ConnectStep) => void) {
  for (const step of plan) {
    await send(step)
    onApplied?.(step)
  }
}

/** Connects one client to channels, one request per group of the plan; stops at the first failure. */
export function useConnectChannels(domainId: string, clientId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ plan, onApplied }: ConnectInput) =>
      runPlan(plan, (step) => connect(domainId, { channel_ids: step.ids, client_ids: [clientId], types: step.types }), onApplied),
    onSettled: (_data, _error, input) =>
      invalidateConnections(
        queryClient,
        domainId,
        [clientId],
        input.plan.flatMap((step) => step.ids),
      ),
  })
}

/** Connects clients to one channel through the channel's own route. */
export function useConnectClients(domainId: string, channelId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ plan, onApplied }: ConnectInput) =>
      runPlan(plan, (step) => connectChannelClients(domainId, channelId, { client_ids: step.ids, types: step.types }), onApplied),
    onSettled: (_data, _error, input) =>
      invalidateConnections(
        queryClient,
        domainId,
        input.plan.flatMap((step) => step.ids),
        [channelId],
      ),
  })
}

export type DisconnectInput = {
  clientId: string
  channelId: string
  types: ConnectionTypeInput[]
  /** `channel` uses the channel's own route (`POST /channels/{id}/disconnect`); both do the same. */
  route?: 'bulk' | 'channel'
}

export function useDisconnect(domainId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ clientId, channelId, types, route }: DisconnectInput) =>
      route === 'channel'
        ? disconnectChannelClients(domainId, channelId, { client_ids: [clientId], types })
        : disconnect(domainId, { channel_ids: [channelId], client_ids: [clientId], types }),
    onSettled: (_data, _error, input) => invalidateConnections(queryClient, domainId, [input.clientId], [input.channelId]),
  })
}

export type ToggleInput = { clientId: string; channel: Channel; type: ConnectionTypeInput; on: boolean }

/**
 * One matrix cell: connects or disconnects one type at once, showing the result before the server
 * answers and putting back that cell's previous state if it refuses.
 */
export function useToggleConnection(domainId: string) {
  const queryClient = useQueryClient()
  const setTypes = (clientId: string, channel: Channel, types: ConnectionType[]) =>
    queryClient.setQueryData<ClientLinks>(connectionKeys.clientLinks(domainId, clientId), (links = {}) => {
      const next = { ...links }
      if (types.length) next[channel.id] = { ...(links[channel.id] ?? channel), connection_types: types }
      else delete next[channel.id]
      return next
    })
  return useMutation({
    mutationFn: ({ clientId, channel, type, on }: ToggleInput) =>
      (on ? connect : disconnect)(domainId, { channel_ids: [channel.id], client_ids: [clientId], types: [type] }),
    onMutate: async ({ clientId, channel, type, on }) => {
      const key = connectionKeys.clientLinks(domainId, clientId)
      await queryClient.cancelQueries({ queryKey: key })
      const previous = queryClient.getQueryData<ClientLinks>(key)?.[channel.id]?.connection_types ?? []
      const wire = toWire(type)
      setTypes(clientId, channel, on ? [...new Set([...previous, wire])] : previous.filter((t) => t !== wire))
      return { previous }
    },
    onError: (_error, { clientId, channel }, context) => {
      if (context) setTypes(clientId, channel, context.previous)
    },
    onSettled: (_data, _error, input) => invalidateConnections(queryClient, domainId, [input.clientId], [input.channel.id]),
  })
}
