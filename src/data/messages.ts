import { queryOptions } from '@tanstack/react-query'
import { listChannels } from '../api/channels'

/**
 * Server state of the messaging pages: the channels a client can talk on, and (later) the messages the readers
 * stored. Keys sit under `messages` except where a key must be the connections pages' own, so that connecting or
 * disconnecting refreshes the connect panel too.
 */
export const messageKeys = {
  all: (domainId: string) => ['messages', domainId] as const,
  /** The connections pages' key for a client's channels (`connectionKeys.clientChannels`): their mutations invalidate it. */
  clientChannels: (domainId: string, clientId: string) =>
    ['connections', domainId, 'client', clientId, 'channels', { connect: true }] as const,
}

/** The channels the connect panel offers: the first 100 the client is connected to, by name, with their types. */
const CONNECT_CHANNELS_LIMIT = 100

export const messageQueries = {
  clientChannels: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: messageKeys.clientChannels(domainId, clientId),
      queryFn: ({ signal }) =>
        listChannels(domainId, { client: clientId, status: 'all', limit: CONNECT_CHANNELS_LIMIT, order: 'name', dir: 'asc' }, signal),
    }),
}
