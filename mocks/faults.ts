import { HttpResponse, delay } from 'msw'

/**
 * Latency and failure injection, for demos and resilience tests. Set from the URL
 * (`?mockLatency=800&mockErrorRate=0.2`), the Demo panel, or a test's `page.evaluate`.
 */
export type FaultSettings = {
  /** Added to every request, in ms. */
  latencyMs: number
  /** Random extra latency up to this many ms. */
  jitterMs: number
  /** Share (0–1) of requests answered 500 with an empty body, as the Go services do. */
  errorRate: number
  /** Share (0–1) answered 503 with `Retry-After`. */
  unavailableRate: number
  retryAfterSeconds: number
  /** Share (0–1) that fail at the network level (fetch rejects). */
  networkErrorRate: number
  /** Share (0–1) that never answer (the client's timeout fires). */
  timeoutRate: number
  /** Only requests whose method + path contain this text are affected (empty = all); e.g. "PATCH /" or "/clients". */
  match: string
  /** Lifetime of new access tokens, so tests can watch a refresh happen. */
  accessTokenTtlSeconds: number
  refreshTokenTtlSeconds: number
}

export const DEFAULT_FAULTS: FaultSettings = {
  latencyMs: 0,
  jitterMs: 0,
  errorRate: 0,
  unavailableRate: 0,
  retryAfterSeconds: 2,
  networkErrorRate: 0,
  timeoutRate: 0,
  match: '',
  accessTokenTtlSeconds: 3600,
  refreshTokenTtlSeconds: 86400,
}

const NUMERIC_KEYS = Object.keys(DEFAULT_FAULTS).filter((k) => k !== 'match') as Exclude<keyof FaultSettings, 'match'>[]

/** Reads `mockLatency`, `mockErrorRate`, … (the key with a `mock` prefix) from URL search params. */
export function faultsFromSearch(search: string): Partial<FaultSettings> {
  const params = new URLSearchParams(search)
  const out: Partial<FaultSettings> = {}
  const aliases: Record<string, keyof FaultSettings> = { mockLatency: 'latencyMs', mockJitter: 'jitterMs' }
  for (const [name, value] of params) {
    const key =
      aliases[name] ?? (name.startsWith('mock') ? ((name.charAt(4).toLowerCase() + name.slice(5)) as keyof FaultSettings) : undefined)
    if (!key || !(key in DEFAULT_FAULTS)) continue
    if (key === 'match') out.match = value
    else if (Number.isFinite(Number(value))) out[key as (typeof NUMERIC_KEYS)[number]] = Number(value)
  }
  return out
}

export class Faults {
  settings: FaultSettings

  constructor(initial: Partial<FaultSettings> = {}) {
    this.settings = { ...DEFAULT_FAULTS, ...initial }
  }

  set(patch: Partial<FaultSettings>) {
    this.settings = { ...this.settings, ...patch }
  }

  reset() {
    this.settings = { ...DEFAULT_FAULTS }
  }

  /** Waits the configured latency; answers with a failure when one is due, else undefined. */
  async apply(method: string, path: string): Promise<Response | undefined> {
    const s = this.settings
    if (s.match && !`${method} ${path}`.includes(s.match)) return undefined
    const wait = s.latencyMs + (s.jitterMs ? Math.random() * s.jitterMs : 0)
    if (wait > 0) await delay(wait)
    if (s.timeoutRate && Math.random() < s.timeoutRate) {
      await delay('infinite')
    }
    if (s.networkErrorRate && Math.random() < s.networkErrorRate) return HttpResponse.error()
    if (s.unavailableRate && Math.random() < s.unavailableRate) {
      return new HttpResponse(null, { status: 503, headers: { 'Retry-After': String(s.retryAfterSeconds) } })
    }
    if (s.errorRate && Math.random() < s.errorRate) return new HttpResponse(null, { status: 500 })
    return undefined
  }
}
