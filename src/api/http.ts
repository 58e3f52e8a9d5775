import type * as z from 'zod/mini'
import { anySignal, timeoutSignal } from '../lib/abort'
import { apiConfig, type Service } from './config'
import { ApiError } from './errors'
import { ErrorBody } from './schemas/common'
import { TokenResponse } from './schemas/auth'
import { reconnection, session } from './session'

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
type QueryValue = string | number | boolean | Record<string, unknown> | undefined | null

export type RequestOptions = {
  service: Service
  path: string
  method?: Method
  query?: Record<string, QueryValue>
  body?: unknown
  /** `bearer` (default) sends the access token; `none` sends nothing; `{client}` is the device header. */
  auth?: 'bearer' | 'none' | { client: string }
  signal?: AbortSignal
  timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 30_000

export function buildUrl(service: Service, path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    params.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value))
  }
  const qs = params.toString()
  return `${apiConfig().urls[service]}${path}${qs ? `?${qs}` : ''}`
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return seconds
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000)
}

function parseJson(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

async function readJson(res: Response): Promise<unknown> {
  return parseJson(await res.text())
}

async function send(opts: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (opts.body !== undefined) headers['content-type'] = 'application/json'
  const auth = opts.auth ?? 'bearer'
  if (auth === 'bearer' && token) headers.authorization = `Bearer ${token}`
  else if (typeof auth === 'object') headers.authorization = `Client ${auth.client}`

  const timeout = timeoutSignal(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  const signal = opts.signal ? anySignal([opts.signal, timeout]) : timeout
  try {
    return await fetch(buildUrl(opts.service, opts.path, opts.query), {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal,
    })
  } catch (error) {
    // The caller's own abort (e.g. TanStack Query cancelling) must stay an AbortError.
    if (opts.signal?.aborted) throw error
    if (timeout.aborted) throw new ApiError({ status: 0, kind: 'timeout', message: 'request timed out', ...whereIs(opts.service) })
    throw new ApiError({ status: 0, kind: 'network', message: 'network error', ...whereIs(opts.service) })
  }
}

/** Which service failed and where it is configured: worth saying in live mode only (the demo has one mock). */
function whereIs(service: Service): { service?: Service; serviceUrl?: string } {
  const config = apiConfig()
  return config.mock ? {} : { service, serviceUrl: config.urls[service] }
}

const isHtml = (res: Response, text: string) => Boolean(res.headers.get('content-type')?.includes('text/html')) || /^\s*</.test(text)
const isJson = (res: Response) => /[/+]json/.test(res.headers.get('content-type') ?? '')

/**
 * What answered instead of the service, when the answer is not the service's: a 404/405 without Magistrala's JSON
 * (its own 404s say `{"message":"entity not found"}`), or an HTML page. Undefined for a service's own answer.
 */
function foreignAnswer(res: Response, text: string): string | undefined {
  const html = isHtml(res, text)
  if ((res.status === 404 || res.status === 405) && !isJson(res)) {
    return html
      ? `it answered ${res.status} with an HTML page, as a gateway or proxy without this route does`
      : `it answered ${res.status} without the service's JSON, as a router without this route does`
  }
  // The services never answer 502 or 504 themselves: a proxy in front of them does, when they do not answer it.
  if ((res.status === 502 || res.status === 504) && !isJson(res))
    return `the proxy in front of it answered ${res.status}: it could not reach the service`
  if (html) return `it answered with an HTML page (HTTP ${res.status}) instead of the service's JSON`
  return undefined
}

/** A plain-text body short enough to be a message (some services answer in text); never a page of markup. */
const SHORT_TEXT = 200

async function toApiError(res: Response, service: Service): Promise<ApiError> {
  const text = await res.text().catch(() => '')
  const where = whereIs(service)
  const retryAfter = parseRetryAfter(res.headers.get('retry-after'))
  const answer = foreignAnswer(res, text)
  if (answer) return new ApiError({ status: res.status, kind: 'not-the-service', message: '', answer, retryAfter, ...where })
  const data = parseJson(text)
  const parsed = ErrorBody.safeParse(data)
  const body = parsed.success ? parsed.data : undefined
  // 500s from the Go services usually have no body: leave the message empty so the UI explains the status. A short
  // line of plain text is a message; anything longer is not worth showing an operator.
  const line = typeof data === 'string' ? data.trim() : ''
  const message = body?.message || body?.error || (line.length <= SHORT_TEXT && !line.includes('\n') ? line : '')
  return new ApiError({ status: res.status, message, body, retryAfter, ...where })
}

/**
 * How a refresh ended: new tokens; the refresh token refused (the user must sign in again); or the session
 * it was for ended meanwhile (signed out, or replaced by a new sign-in).
 */
export type RefreshResult = 'refreshed' | 'refused' | 'ended'

/** The refresh call's own timeout: shorter than a request's, since it is retried. */
const REFRESH_TIMEOUT_MS = 15_000
const REFRESH_BACKOFF_MAX_MS = 30_000

/** One refresh call: the tokens, `refused` (400/401: the refresh token is no good), or `failed` (anything else). */
async function tryRefresh(refreshToken: string): Promise<TokenResponse | 'refused' | 'failed'> {
  try {
    // The users service insists on a JSON content type even though the body is empty.
    const res = await send(
      { service: 'users', path: '/users/tokens/refresh', method: 'POST', body: {}, timeoutMs: REFRESH_TIMEOUT_MS },
      refreshToken,
    )
    if (res.status === 400 || res.status === 401) return 'refused'
    if (!res.ok) return 'failed'
    const tokens = TokenResponse.safeParse(await readJson(res))
    return tokens.success ? tokens.data : 'failed'
  } catch {
    return 'failed'
  }
}

/** Waits before the next refresh attempt; cut short when the session changes or the browser comes back online. */
function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      stopSession()
      if (typeof window !== 'undefined') window.removeEventListener('online', done)
      resolve()
    }
    const timer = setTimeout(done, Math.min(1000 * 2 ** attempt, REFRESH_BACKOFF_MAX_MS))
    const stopSession = session.subscribe(done)
    if (typeof window !== 'undefined') window.addEventListener('online', done)
  })
}

/**
 * Exchanges the refresh token for new tokens. Only a refusal of the refresh token ends the session: an
 * outage (5xx, timeout, network) is retried with backoff, for as long as it lasts, while the page says it
 * is reconnecting, and the requests that wait on the refresh carry on when it succeeds. Whatever answers
 * after the user signed out (or in as someone else) is dropped: it must not bring a session back.
 */
async function refreshUntilSettled(epoch: number): Promise<RefreshResult> {
  let endReconnecting: (() => void) | null = null
  try {
    for (let attempt = 0; ; attempt++) {
      const refreshToken = session.refreshToken()
      if (session.epoch() !== epoch) return 'ended'
      if (!refreshToken) return 'refused'
      const outcome = await tryRefresh(refreshToken)
      if (session.epoch() !== epoch || session.refreshToken() !== refreshToken) return 'ended'
      if (outcome === 'refused') return 'refused'
      if (outcome !== 'failed') {
        session.setTokens(outcome, null)
        return 'refreshed'
      }
      endReconnecting ??= reconnection.begin()
      await backoff(attempt)
    }
  } finally {
    endReconnecting?.()
  }
}

let refreshing: { epoch: number; result: Promise<RefreshResult> } | null = null

/** Refreshes the session's tokens; concurrent 401s share one refresh (of the current session). */
export function refreshSession(): Promise<RefreshResult> {
  const epoch = session.epoch()
  if (refreshing?.epoch !== epoch) {
    const current = {
      epoch,
      result: refreshUntilSettled(epoch).finally(() => {
        if (refreshing === current) refreshing = null
      }),
    }
    refreshing = current
  }
  return refreshing.result
}

async function execute(opts: RequestOptions): Promise<Response> {
  const usesBearer = (opts.auth ?? 'bearer') === 'bearer'
  const epoch = session.epoch()
  const sentWith = session.accessToken()
  let res = await send(opts, sentWith)
  if (res.status === 401 && usesBearer && session.epoch() === epoch) {
    // Refreshed while this request was on its way: the new token is all it needs.
    const refreshed = session.accessToken() !== sentWith && session.accessToken() !== null
    const result = refreshed ? 'refreshed' : await refreshSession()
    if (result === 'refreshed') {
      res = await send(opts, session.accessToken())
    } else if (result === 'refused' && (session.refreshToken() !== null || session.isSignedIn())) {
      session.expire()
    }
  }
  if (!res.ok) throw await toApiError(res, opts.service)
  return res
}

/** Calls a Magistrala endpoint and parses the answer with `schema`. */
export async function request<S extends z.ZodMiniType>(opts: RequestOptions & { schema: S }): Promise<z.infer<S>> {
  const res = await execute(opts)
  const text = await res.text()
  const answer = isHtml(res, text) ? foreignAnswer(res, text) : undefined
  if (answer) throw new ApiError({ status: res.status, kind: 'not-the-service', message: '', answer, ...whereIs(opts.service) })
  const parsed = opts.schema.safeParse(parseJson(text))
  if (!parsed.success) {
    throw new ApiError({
      status: res.status,
      kind: 'invalid-response',
      message: `unexpected response from ${opts.method ?? 'GET'} ${opts.path}`,
      ...whereIs(opts.service),
    })
  }
  return parsed.data
}

/** Calls an endpoint whose answer carries no body the console needs (201/204 empty). */
export async function requestVoid(opts: RequestOptions): Promise<void> {
  const res = await execute(opts)
  await res.body?.cancel()
}

/** For a 201 whose only answer is its `Location` header (bootstrap's create); null if none is readable. */
export async function requestLocation(opts: RequestOptions): Promise<string | null> {
  const res = await execute(opts)
  await res.body?.cancel()
  return res.headers.get('location')
}
