import { ErrorBody } from './schemas/common'
import { SERVER_ERRORS, type ServerErrorKey } from './server-errors'

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response'

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

  constructor(opts: { status: number; message: string; kind?: ApiErrorKind; body?: ErrorBody; retryAfter?: number }) {
    super(opts.message)
    this.name = 'ApiError'
    this.status = opts.status
    this.kind = opts.kind ?? 'http'
    this.body = opts.body
    this.retryAfter = opts.retryAfter
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
  get isNotFound() {
    return this.status === 404
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

/** A sentence an operator can read, for any error. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.kind === 'network') return 'Cannot reach the server. Check your connection and try again.'
    if (error.kind === 'timeout') return 'The server took too long to answer. Try again.'
    if (error.kind === 'invalid-response') return 'The server sent an answer the console does not understand.'
    return error.message ? capitalize(error.message) : (STATUS_TEXT[error.status] ?? `Request failed (HTTP ${error.status})`)
  }
  if (error instanceof Error) return error.message
  return 'Something went wrong'
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
