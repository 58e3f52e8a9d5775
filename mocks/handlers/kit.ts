import { HttpResponse, http } from 'msw'
import * as z from 'zod/mini'
import { ErrorBody } from '../../src/api/schemas'
import type { Database, DomainRecord, UserRecord } from '../db/database'
import type { Faults } from '../faults'
import { verifyToken } from '../tokens'

/** An error the route answers with Magistrala's status and `{message}` body. */
export class MockError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

/** The services' own messages for the common failures. */
export const fail = {
  badRequest: (message: string) => new MockError(400, message),
  /** Magistrala reports conflicts as 400 (never 409). */
  conflict: (message = 'entity already exists') => new MockError(400, message),
  unauthorized: (message = 'missing or invalid bearer user token') => new MockError(401, message),
  /**
   * Every refusal that goes through the auth service reads the same, domain checks included: the gRPC
   * client's typed AuthZError keeps its message through every errors.Wrap (`pkg/errors/errors.go`
   * Wrap/Embed), so ErrDomainAuthorization's "…over the domain" never reaches the response.
   */
  forbidden: (message = 'failed to perform authorization over the entity') => new MockError(403, message),
  notFound: (message = 'entity not found') => new MockError(404, message),
  unprocessable: (message: string) => new MockError(422, message),
}

export type Ctx = {
  request: Request
  url: URL
  params: Record<string, string>
  db: Database
  faults: Faults
}

export type AuthedCtx = Ctx & { user: UserRecord }
export type DomainCtx = AuthedCtx & { domain: DomainRecord }

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

export type MockEnv = { db: Database; faults: Faults; baseUrl: string }

export type MockRoute = {
  method: string
  /** The path compiled once: `:name` segments become capture groups. */
  pattern: RegExp
  names: string[]
  handler: (ctx: Ctx) => Response | Promise<Response>
}

/** Declares one route; the handler may return a Response, or throw a MockError. */
export function route(method: Method, path: string, handler: (ctx: Ctx) => Response | Promise<Response>): MockRoute {
  const names: string[] = []
  const source = path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(segment.slice(1))
      return '([^/]+)'
    })
    .join('/')
  return { method: method.toUpperCase(), pattern: new RegExp(`^${source}/?$`), names, handler }
}

/**
 * All routes behind one MSW handler. MSW would match each request against every handler in turn, compiling the path
 * and reading cookies for each; with some fifty routes that was most of a list request's time. Routes are tried in
 * order, so fixed segments must still come before `:params`. An unknown path falls through to MSW's unhandled-request
 * policy, as before.
 */
export function dispatch(env: MockEnv, routes: MockRoute[]) {
  // A path-only base (the HTTP server's `''`) matches requests to any host it is reached by.
  const base = (env.baseUrl.startsWith('/') || env.baseUrl === '' ? env.baseUrl : new URL(env.baseUrl).pathname).replace(/\/$/, '')
  return http.all(`${env.baseUrl}/*`, async ({ request }) => {
    const url = new URL(request.url)
    const path = url.pathname.slice(base.length)
    for (const candidate of routes) {
      if (candidate.method !== request.method) continue
      const match = candidate.pattern.exec(path)
      if (!match) continue
      const params: Record<string, string> = {}
      candidate.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])))
      return answer(env, candidate, { request, url, params, db: env.db, faults: env.faults })
    }
    return undefined
  })
}

async function answer(env: MockEnv, candidate: MockRoute, ctx: Ctx): Promise<Response> {
  const fault = await env.faults.apply(candidate.method, ctx.url.pathname)
  if (fault) return fault
  try {
    return await candidate.handler(ctx)
  } catch (error) {
    if (error instanceof MockError) return json(ErrorBody, { message: error.message }, { status: error.status })
    console.error('[mock] unhandled error', error)
    // Like the Go services: an internal error has no body.
    return new HttpResponse(null, { status: 500 })
  }
}

/** The signed-in user from `Authorization: Bearer <access token>`; 401 otherwise. */
export function authenticate(ctx: Ctx): AuthedCtx {
  const header = ctx.request.headers.get('authorization') ?? ''
  if (!header.startsWith('Bearer ')) throw fail.unauthorized()
  const claims = verifyToken(header.slice(7))
  if (!claims || claims.type !== 0) throw fail.unauthorized('failed to perform authentication over the entity')
  const user = ctx.db.users.get(claims.sub)
  if (!user || user.status !== 'enabled') throw fail.unauthorized('failed to perform authentication over the entity')
  return { ...ctx, user }
}

/** Authenticates and checks the user belongs to the path's domain (as the authn middleware does). */
export function inDomain(ctx: Ctx): DomainCtx {
  const authed = authenticate(ctx)
  const domainId = ctx.params.domainID
  if (!domainId) throw fail.badRequest('missing domainID')
  const domain = ctx.db.domains.get(domainId)
  if (!domain || !ctx.db.access.isDomainMember(authed.user.id, domainId)) {
    throw fail.forbidden()
  }
  if (domain.status !== 'enabled' && !ctx.db.access.isSuperAdmin(authed.user.id)) {
    throw fail.forbidden()
  }
  return { ...authed, domain }
}

/** Parses a JSON body with an API schema; 415 / 400 with the services' messages. */
export async function readBody<S extends z.ZodMiniType>(ctx: Ctx, schema: S): Promise<z.infer<S>> {
  if (!ctx.request.headers.get('content-type')?.includes('application/json')) {
    throw new MockError(415, 'unsupported content type')
  }
  const text = await ctx.request.text()
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw fail.badRequest('request body is not a valid JSON, expecting a valid JSON')
  }
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const generic = !issue?.message || issue.message.startsWith('Invalid')
    throw fail.badRequest(generic ? 'malformed entity specification' : issue.message)
  }
  return parsed.data
}

/** Query parameter readers with the services' validation rules and messages. */
export function queryOf(url: URL) {
  const params = url.searchParams
  const one = (name: string): string | undefined => {
    const all = params.getAll(name)
    // Each parameter may appear only once (apiutil.ReadStringQuery).
    if (all.length > 1) throw fail.badRequest('invalid query parameters')
    return all[0]
  }
  const uint = (name: string, fallback: number) => {
    const raw = one(name)
    if (raw === undefined || raw === '') return fallback
    const value = Number(raw)
    if (!Number.isInteger(value) || value < 0) throw fail.badRequest('invalid query parameters')
    return value
  }
  return {
    string: (name: string) => one(name) || undefined,
    uint,
    limit(fallback = 10, max = 100) {
      const value = uint('limit', fallback)
      if (value < 1 || value > max) throw fail.badRequest('invalid limit size')
      return value
    },
    oneOf<T extends string>(name: string, values: readonly T[], fallback: T, message: string): T {
      const raw = one(name)
      if (raw === undefined || raw === '') return fallback
      if (!values.includes(raw as T)) throw fail.badRequest(message)
      return raw as T
    },
    bool(name: string) {
      const raw = one(name)
      if (raw === undefined || raw === '') return false
      if (raw !== 'true' && raw !== 'false') throw fail.badRequest('invalid query parameters')
      return raw === 'true'
    },
    object(name: string): Record<string, unknown> | undefined {
      const raw = one(name)
      if (!raw) return undefined
      try {
        const value: unknown = JSON.parse(raw)
        if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
      } catch {
        // fall through
      }
      throw fail.badRequest('invalid metadata query parameter')
    },
    has: (name: string) => params.has(name),
  }
}

/** Vitest sets VITEST; the browser demo and the benchmark run without it (and without `process` in the browser). */
const CHECK_ANSWERS = typeof process !== 'undefined' && Boolean(process.env.VITEST)

/**
 * A JSON answer typed by the schema the console parses it with, so the mock cannot drift from the client's types.
 * Under tests the body is also parsed by that schema, as the client will receive it (after JSON), so a shape the types
 * allow but the schema refuses fails there; the demo and the benchmark skip that cost.
 */
export function json<S extends z.ZodMiniType>(
  schema: S,
  body: z.input<S>,
  init: { status?: number; headers?: Record<string, string> } = {},
) {
  if (CHECK_ANSWERS) {
    const parsed = schema.safeParse(JSON.parse(JSON.stringify(body)))
    if (!parsed.success) throw new Error(`[mock] the answer does not match its schema: ${z.prettifyError(parsed.error)}`)
  }
  return HttpResponse.json(body as never, { status: init.status ?? 200, headers: init.headers })
}
export const noContent = () => new HttpResponse(null, { status: 204 })
export const emptyStatus = (status: number) => new HttpResponse(null, { status })

/** A record without the mock-only fields a response must not carry. */
export function publicUser(user: UserRecord, full: boolean) {
  const { password: _password, ...rest } = user
  if (full) return rest
  return {
    id: user.id,
    first_name: user.first_name,
    last_name: user.last_name,
    metadata: user.metadata,
    credentials: { username: user.credentials?.username },
    status: user.status,
    role: user.role,
    created_at: user.created_at,
    updated_at: user.updated_at,
  }
}
