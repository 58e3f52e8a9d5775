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

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text()
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
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
    if (timeout.aborted) throw new ApiError({ status: 0, kind: 'timeout', message: 'request timed out' })
    throw new ApiError({ status: 0, kind: 'network', message: 'network error' })
  }
}

async function toApiError(res: Response): Promise<ApiError> {
  const data = await readJson(res).catch(() => undefined)
  const parsed = ErrorBody.safeParse(data)
  const body = parsed.success ? parsed.data : undefined
  // 500s from the Go services usually have no body: leave the message empty so the UI explains the status.
  const message = body?.message || body?.error || (typeof data === 'string' ? data.slice(0, 500) : '')
  return new ApiError({ status: res.status, message, body, retryAfter: parseRetryAfter(res.headers.get('retry-after')) })
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
  if (!res.ok) throw await toApiError(res)
  return res
}

/** Calls a Magistrala endpoint and parses the answer with `schema`. */
export async function request<S extends z.ZodMiniType>(opts: RequestOptions & { schema: S }): Promise<z.infer<S>> {
  const res = await execute(opts)
  const data = await readJson(res)
  const parsed = opts.schema.safeParse(data)
  if (!parsed.success) {
    throw new ApiError({
      status: res.status,
      kind: 'invalid-response',
      message: `unexpected response from ${opts.method ?? 'GET'} ${opts.path}`,
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
