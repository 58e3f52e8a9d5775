import { request, requestVoid } from './http'
import { Channel, ChannelsPage, type ChannelCreate, type ChannelListParams, type ConnectRequest } from './schemas/channel'

const base = (domainId: string) => `/${encodeURIComponent(domainId)}/channels`

export function listChannels(domainId: string, params: ChannelListParams = {}, signal?: AbortSignal) {
  return request({ service: 'channels', path: base(domainId), query: params, schema: ChannelsPage, signal })
}

export function getChannel(domainId: string, channelId: string, signal?: AbortSignal) {
  return request({ service: 'channels', path: `${base(domainId)}/${encodeURIComponent(channelId)}`, schema: Channel, signal })
}

export function createChannel(domainId: string, body: ChannelCreate) {
  return request({ service: 'channels', path: base(domainId), method: 'POST', body, schema: Channel })
}

/** Creates the cross product channel × client × type; an existing pair is a conflict (400). */
export function connect(domainId: string, body: ConnectRequest) {
  return requestVoid({ service: 'channels', path: `${base(domainId)}/connect`, method: 'POST', body })
}

export function disconnect(domainId: string, body: ConnectRequest) {
  return requestVoid({ service: 'channels', path: `${base(domainId)}/disconnect`, method: 'POST', body })
}
