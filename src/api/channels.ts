import { request, requestVoid } from './http'
import {
  Channel,
  ChannelsPage,
  type ChannelConnectRequest,
  type ChannelCreate,
  type ChannelListParams,
  type ConnectRequest,
  type DisconnectRequest,
} from './schemas/channel'

const base = (domainId: string) => `/${encodeURIComponent(domainId)}/channels`
const one = (domainId: string, channelId: string) => `${base(domainId)}/${encodeURIComponent(channelId)}`

export function listChannels(domainId: string, params: ChannelListParams = {}, signal?: AbortSignal) {
  return request({ service: 'channels', path: base(domainId), query: params, schema: ChannelsPage, signal })
}

export function getChannel(domainId: string, channelId: string, signal?: AbortSignal) {
  return request({ service: 'channels', path: one(domainId, channelId), schema: Channel, signal })
}

export function createChannel(domainId: string, body: ChannelCreate) {
  return request({ service: 'channels', path: base(domainId), method: 'POST', body, schema: Channel })
}

/**
 * Creates the cross product channel × client × type (201, empty). All or nothing: a pair already
 * connected for one of the types fails the whole request (400 `entity already exists`).
 */
export function connect(domainId: string, body: ConnectRequest) {
  return requestVoid({ service: 'channels', path: `${base(domainId)}/connect`, method: 'POST', body })
}

/** Removes the cross product (204); types that were not connected are ignored. */
export function disconnect(domainId: string, body: DisconnectRequest) {
  return requestVoid({ service: 'channels', path: `${base(domainId)}/disconnect`, method: 'POST', body })
}

/** Connects clients to one channel (201; the spec says 200). */
export function connectChannelClients(domainId: string, channelId: string, body: ChannelConnectRequest) {
  return requestVoid({ service: 'channels', path: `${one(domainId, channelId)}/connect`, method: 'POST', body })
}

export function disconnectChannelClients(domainId: string, channelId: string, body: ChannelConnectRequest) {
  return requestVoid({ service: 'channels', path: `${one(domainId, channelId)}/disconnect`, method: 'POST', body })
}
