import type * as z from 'zod/mini'
import { apiConfig, type Service } from './config'
import { ApiError } from './errors'
import { ErrorBody } from './schemas/common'
import { TokenResponse } from './schemas/auth'
import { session } from './session'

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

  const timeout = AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout
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

let refreshing: Promise<boolean> | null = null

/** Exchanges the refresh token for new tokens; concurrent 401s share one refresh. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = session.refreshToken()
    if (!refreshToken) return false
    try {
      // The users service insists on a JSON content type even though the body is empty.
      const res = await send({ service: 'users', path: '/users/tokens/refresh', method: 'POST', body: {} }, refreshToken)
      if (!res.ok) return false
      const tokens = TokenResponse.parse(await readJson(res))
      session.setTokens(tokens, null)
      return true
    } catch {
      return false
    }
  })().finally(() => {
    refreshing = null
  })
  return refreshing
}

async function execute(opts: RequestOptions): Promise<Response> {
  const usesBearer = (opts.auth ?? 'bearer') === 'bearer'
  let res = await send(opts, session.accessToken())
  if (res.status === 401 && usesBearer) {
    if (await refreshSession()) {
      res = await send(opts, session.accessToken())
    } else if (session.refreshToken() !== null || session.isSignedIn()) {
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
