import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { createChannel, getChannel, listChannels } from '../api/channels'
import type { ChannelCreate, ChannelListParams } from '../api/schemas/channel'
import { connectionKeys } from './connections'

/** Channels themselves; who is connected to them lives in `connections.ts`. */
export const channelKeys = {
  all: (domainId: string) => ['channels', domainId] as const,
  lists: (domainId: string) => [...channelKeys.all(domainId), 'list'] as const,
  list: (domainId: string, params: ChannelListParams) => [...channelKeys.lists(domainId), params] as const,
  detail: (domainId: string, channelId: string) => [...channelKeys.all(domainId), 'detail', channelId] as const,
  /** The bootstrap forms' channel picker. */
  picker: (domainId: string) => [...channelKeys.all(domainId), 'picker'] as const,
}

export const channelQueries = {
  list: (domainId: string, params: ChannelListParams) =>
    queryOptions({
      queryKey: channelKeys.list(domainId, params),
      queryFn: ({ signal }) => listChannels(domainId, params, signal),
      placeholderData: keepPreviousData,
    }),
  detail: (domainId: string, channelId: string) =>
    queryOptions({
      queryKey: channelKeys.detail(domainId, channelId),
      queryFn: ({ signal }) => getChannel(domainId, channelId, signal),
      staleTime: 30_000,
    }),
}

/** A new channel shows up in the lists and in every picker (connect dialogs, bootstrap forms). */
export function useCreateChannel(domainId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ChannelCreate) => createChannel(domainId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: channelKeys.lists(domainId) }),
        queryClient.invalidateQueries({ queryKey: channelKeys.picker(domainId) }),
        queryClient.invalidateQueries({ queryKey: connectionKeys.pickers(domainId) }),
      ]),
  })
}

/** One page of channels outside the cache: the pickers' searches. */
export const searchChannels = listChannels
