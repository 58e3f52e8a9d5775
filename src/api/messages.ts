import { timeoutSignal } from '../lib/abort'
import { messageTopic } from '../lib/messaging-commands'
import { apiConfig } from './config'
import { request } from './http'
import { MessagesPage, type MessageListParams } from './schemas/message'

export type PublishRequest = {
  domainId: string
  channelId: string
  subtopic?: string
  clientId: string
  secret: string
  payload: string
}

/**
 * How the HTTP adapter answered: its status and plain-text body (FluxMQ answers with Go's `http.Error`, never JSON),
 * or `status: 0` when nothing answered.
 */
export type PublishOutcome = { status: number; body: string }

const PUBLISH_TIMEOUT_MS = 15_000

/** `Basic base64(clientID:secret)`, UTF-8 first: `btoa` alone refuses anything outside Latin-1. */
export function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

/**
 * Publishes one message as the client, through FluxMQ's HTTP adapter (`POST <publishUrl>/m/<domain>/c/<channel>[/<sub>]`
 * with Basic clientID:secret). Never throws for an HTTP answer: 200, 401 and 403 are all things to tell the operator.
 */
export async function publishMessage(req: PublishRequest, signal?: AbortSignal): Promise<PublishOutcome> {
  const url = `${apiConfig().messaging.publishUrl}/${messageTopic(req.domainId, req.channelId, req.subtopic)}`
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: basicAuth(req.clientId, req.secret), 'content-type': 'application/senml+json' },
      body: req.payload,
      signal: signal ?? timeoutSignal(PUBLISH_TIMEOUT_MS),
    })
    return { status: res.status, body: (await res.text()).trim() }
  } catch (error) {
    if (signal?.aborted) throw error
    return { status: 0, body: '' }
  }
}

/** One page of a channel's stored messages from the readers, newest first (the user's token; subscribe permission). */
export function listMessages(domainId: string, channelId: string, params: MessageListParams, signal?: AbortSignal) {
  return request({
    service: 'readers',
    path: `/${encodeURIComponent(domainId)}/channels/${encodeURIComponent(channelId)}/messages`,
    query: params,
    schema: MessagesPage,
    signal,
  })
}
