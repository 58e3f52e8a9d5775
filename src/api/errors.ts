import { ErrorBody } from './schemas/common'
import { SERVER_ERRORS, type ServerErrorKey } from './server-errors'

/**
 * `not-the-service`: something answered at the service's URL, but not the service: a 404/405 without Magistrala's JSON
 * body (a gateway or router with no such route; the services' own 404s carry `{"message"}`), or an HTML page where the
 * service sends JSON (a proxy's page, the console's own index.html).
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response' | 'not-the-service'

/** RequestErrors (400) that mean "taken" or "there already": duplicates, a client's parent, a route. */
const CONFLICT_400 = [/already exists/i, /not available/i, /already/i]
/** ServiceErrors (422) the role manager and bootstrap wrap their unique violations in, and nothing else. */
const CONFLICT_422: string[] = [SERVER_ERRORS.updateEntity, SERVER_ERRORS.addPolicies, SERVER_ERRORS.addBootstrap]

/** Every failure the API client reports: an HTTP status with Magistrala's message, or a transport problem. */
export class ApiError extends Error {
  readonly status: number
  readonly kind: ApiErrorKind
  readonly body: ErrorBody | undefined
  /** Seconds from a `Retry-After` header, when the server sent one. */
  readonly retryAfter: number | undefined
  /** The Magistrala service called and the base URL it is configured at, when known. */
  readonly service: string | undefined
  readonly serviceUrl: string | undefined
  /** What answered instead of the service (`not-the-service`), in a few words. */
  readonly answer: string | undefined

  constructor(opts: {
    status: number
    message: string
    kind?: ApiErrorKind
    body?: ErrorBody
    retryAfter?: number
    service?: string
    serviceUrl?: string
    answer?: string
  }) {
    super(opts.message)
    this.name = 'ApiError'
    this.status = opts.status
    this.kind = opts.kind ?? 'http'
    this.body = opts.body
    this.retryAfter = opts.retryAfter
    this.service = opts.service
    this.serviceUrl = opts.serviceUrl
    this.answer = opts.answer
  }

  /**
   * Something is taken or there already: 400 `entity already exists` / `client key is not available`
   * from most services, 409 from certs, 422 from the role manager and bootstrap (server-errors.ts). A
   * 422 `failed to create entity` is left out: it means a conflict only where a role was being
   * created or filled (see `is`).
   */
  get isConflict() {
    if (this.status === 409) return true
    if (this.status === 400) return CONFLICT_400.some((p) => p.test(this.message))
    return this.status === 422 && CONFLICT_422.includes(this.message)
  }
  /** The service sent exactly this error (its status and message, from server-errors.ts). */
  is(key: ServerErrorKey, status: number) {
    return this.status === status && this.message === SERVER_ERRORS[key]
  }
  get isUnauthorized() {
    return this.status === 401
  }
  get isForbidden() {
    return this.status === 403
  }
  /** The service itself says the entity does not exist (a route-less 404 is `not-the-service`, not this). */
  get isNotFound() {
    return this.status === 404 && this.kind === 'http'
  }
  /**
   * An id the caller asked about is not there for them: 404, or 403, which is what Magistrala answers for an
   * unknown id to anyone but a super-admin (it checks the caller's permission on the id before looking it
   * up). Used to ask "did my earlier attempt create this?": a creator holds the admin role of what it
   * created, so a 403 cannot hide its own client.
   */
  get isAbsentForCaller() {
    return this.isNotFound || (this.status === 403 && this.kind === 'http')
  }
  /** Worth retrying: the network, a timeout or a server-side failure; never a 4xx. */
  get isRetryable() {
    return this.kind === 'network' || this.kind === 'timeout' || this.status >= 500
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

const STATUS_TEXT: Record<number, string> = {
  400: 'The request was not valid',
  401: 'Your session is not valid',
  403: 'You do not have permission to do this',
  404: 'Not found',
  415: 'Unsupported content type',
  422: 'The server could not process the request',
  500: 'The server had an internal error',
  502: 'The server is unreachable (bad gateway)',
  503: 'The server is unavailable',
  504: 'The server took too long to answer',
}

/** "The journal service at /api/journal", or "the server" when the error does not say which. */
function serviceAt(error: ApiError): string {
  return error.service ? `the ${error.service} service at ${error.serviceUrl}` : 'the server'
}

/** A sentence an operator can read, for any error. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.kind === 'not-the-service') return notReachableMessage(error, error.answer ?? 'something else answered')
    if (error.kind === 'network') return `Cannot reach ${serviceAt(error)}. Check your connection and try again.`
    if (error.kind === 'timeout') return `${capitalize(serviceAt(error))} took too long to answer. Try again.`
    if (error.kind === 'invalid-response') return 'The server sent an answer the console does not understand.'
    if (error.message) return capitalize(error.message)
    return STATUS_TEXT[error.status] ?? `Request failed (HTTP ${error.status})`
  }
  if (error instanceof Error) return error.message
  return 'Something went wrong'
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** "Bootstrap service not reachable at /api: it answered 404 with an HTML page …" */
export function notReachableMessage(error: ApiError, why: string): string {
  if (!error.service) return `The server is not reachable: ${why}.`
  return `${capitalize(error.service)} service not reachable at ${error.serviceUrl}: ${why}.`
}
