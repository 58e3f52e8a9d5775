import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { listChannels } from '../api/channels'
import { listMessages } from '../api/messages'
import type { MessageListParams } from '../api/schemas/message'

/**
 * Server state of the messaging pages: the channels a client can talk on, and (later) the messages the readers
 * stored. Keys sit under `messages` except where a key must be the connections pages' own, so that connecting or
 * disconnecting refreshes the connect panel too.
 */
export const messageKeys = {
  all: (domainId: string) => ['messages', domainId] as const,
  channel: (domainId: string, channelId: string) => [...messageKeys.all(domainId), 'channel', channelId] as const,
  list: (domainId: string, channelId: string, params: MessageListParams) => [...messageKeys.channel(domainId, channelId), params] as const,
  /** The connections pages' key for a client's channels (`connectionKeys.clientChannels`): their mutations invalidate it. */
  clientChannels: (domainId: string, clientId: string) =>
    ['connections', domainId, 'client', clientId, 'channels', { connect: true }] as const,
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
