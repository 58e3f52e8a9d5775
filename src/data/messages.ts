import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { listChannels } from '../api/channels'
import { listMessages, publishMessage } from '../api/messages'
import { MESSAGES_LIMIT_MAX, type MessageListParams } from '../api/schemas/message'
import { connectionKeys } from './connections'
import { fetchAllPages } from './fetch-all'
import { telemetryKeys } from './telemetry'

/**
 * Server state of the messaging pages: the channels a client can talk on, and (later) the messages the readers
 * stored. Keys sit under `messages` except where a key must be the connections pages' own, so that connecting or
 * disconnecting refreshes the connect panel too.
 */
export const messageKeys = {
  all: (domainId: string) => ['messages', domainId] as const,
  channel: (domainId: string, channelId: string) => [...messageKeys.all(domainId), 'channel', channelId] as const,
  list: (domainId: string, channelId: string, params: MessageListParams) => [...messageKeys.channel(domainId, channelId), params] as const,
  /** Under the connections pages' keys for the client: connecting or disconnecting refreshes the connect panel. */
  clientChannels: (domainId: string, clientId: string) => [...connectionKeys.client(domainId, clientId), 'connect-panel'] as const,
}

/** The channels the connect panel offers: the first 100 the client is connected to, by name, with their types. */
const CONNECT_CHANNELS_LIMIT = 100

/** How often the Messages tab asks again when auto-refresh is on. */
export const MESSAGES_REFRESH_MS = 10_000

export const messageQueries = {
  /** One page of a channel's stored messages; with `refresh`, asked again every few seconds. */
  list: (domainId: string, channelId: string, params: MessageListParams, refresh = false) =>
    queryOptions({
      queryKey: messageKeys.list(domainId, channelId, params),
      queryFn: ({ signal }) => listMessages(domainId, channelId, params, signal),
      placeholderData: keepPreviousData,
      refetchInterval: refresh ? MESSAGES_REFRESH_MS : false,
    }),
  clientChannels: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: messageKeys.clientChannels(domainId, clientId),
      queryFn: ({ signal }) =>
        listChannels(domainId, { client: clientId, status: 'all', limit: CONNECT_CHANNELS_LIMIT, order: 'name', dir: 'asc' }, signal),
    }),
}

/** Every stored message a filter matches, newest first, up to `max` (for the CSV export): pages of 1000, each retried. */
export async function fetchAllMessages(domainId: string, channelId: string, filters: MessageListParams, max: number, signal?: AbortSignal) {
  const all = await fetchAllPages(
    (page, own) =>
      listMessages(domainId, channelId, { ...filters, ...page }, own).then((p) => ({ total: p.total, items: p.messages ?? [] })),
    { signal, pageSize: MESSAGES_LIMIT_MAX, max },
  )
  return all.items
}

/**
 * A test message sent as the client through the HTTP adapter. An accepted message moves the client's counts and last
 * seen, and may be stored: both refresh.
 */
export function usePublishMessage(domainId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (message: Parameters<typeof publishMessage>[0]) => publishMessage(message),
    onSuccess: async (outcome, sent) => {
      if (outcome.status !== 200) return
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: messageKeys.all(domainId) }),
        queryClient.invalidateQueries({ queryKey: telemetryKeys.ofClient(domainId, sent.clientId) }),
      ])
    },
  })
}
