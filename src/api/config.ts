import * as z from 'zod/mini'

/**
 * Where each Magistrala service lives. With no API URL configured the console runs on its embedded
 * mock backend, which answers every service under one local base path.
 */
export const SERVICES = ['users', 'domains', 'clients', 'channels', 'groups', 'bootstrap', 'journal', 'certs', 'readers'] as const
export type Service = (typeof SERVICES)[number]

/**
 * Where devices reach the message broker (FluxMQ at v0.30: MQTT, MQTT over WebSocket, HTTP and CoAP), for the commands
 * the console shows. `publishUrl` is where the console itself sends a test message: the HTTP adapter as the browser
 * reaches it (the gateway's `httpPath`, from the console's own origin).
 */
export type MessagingConfig = {
  host: string
  mqttPort: number
  mqttsPort: number
  /** nginx's ports, which serve both the HTTP adapter and MQTT over WebSocket (`/mqtt`). */
  httpPort: number
  httpsPort: number
  coapPort: number
  httpPath: string
  wsPath: string
  publishUrl: string
}

export type ApiConfig = {
  mock: boolean
  urls: Record<Service, string>
  messaging: MessagingConfig
}

/** Magistrala's docker-compose defaults (`docker/.env`, `docker/nginx/nginx-key.conf`). */
export const MESSAGING_DEFAULTS = {
  host: 'localhost',
  mqttPort: 1883,
  mqttsPort: 8883,
  httpPort: 80,
  httpsPort: 443,
  coapPort: 5683,
  httpPath: '/http',
  wsPath: '/mqtt',
} as const

/** Same-origin prefix the mock backend serves; it never collides with the console's own routes. */
export const MOCK_BASE_PATH = '/mock-api'

/**
 * The runtime override `config.json`, next to index.html (one build, many deployments). Strict: a misspelt key would
 * otherwise be ignored and leave the console on its demo backend without a word.
 */
const PORT_RANGE = 'must be a port number from 1 to 65535'
const Port = z.int().check(z.gte(1, PORT_RANGE), z.lte(65535, PORT_RANGE))

export const RuntimeConfig = z.strictObject({
  apiUrl: z.optional(z.string()),
  services: z.optional(z.partialRecord(z.enum(SERVICES), z.string())),
  messaging: z.optional(
    z.strictObject({
      host: z.optional(
        z.string().check(z.minLength(1), z.regex(/^[^\s/:]+$|^\[[0-9a-fA-F:.]+\]$/, 'must be a host name, without scheme or port')),
      ),
      mqttPort: z.optional(Port),
      mqttsPort: z.optional(Port),
      httpPort: z.optional(Port),
      httpsPort: z.optional(Port),
      coapPort: z.optional(Port),
      httpPath: z.optional(z.string().check(z.regex(/^(\/[^/?#\s]+)*$/, 'must be a path such as "/http" (or "" for none)'))),
      wsPath: z.optional(z.string().check(z.regex(/^\/[^?#\s]*$/, 'must be a path such as "/mqtt"'))),
      publishUrl: z.optional(z.string()),
    }),
  ),
})
export type RuntimeConfig = z.infer<typeof RuntimeConfig>

export const RUNTIME_CONFIG_PATH = '/config.json'

/** `config.json` could not be used: the console must not start (least of all as a demo). */
export class RuntimeConfigError extends Error {
  readonly url: string
  constructor(url: string, problem: string) {
    super(problem)
    this.name = 'RuntimeConfigError'
    this.url = url
  }
}

type EnvLike = Record<string, string | boolean | undefined>

const trimSlash = (url: string) => url.replace(/\/+$/, '')

export function resolveConfig(env: EnvLike, runtime: RuntimeConfig = {}, origin = ''): ApiConfig {
  const envUrl = typeof env.VITE_API_URL === 'string' ? env.VITE_API_URL : ''
  const gateway = trimSlash(runtime.apiUrl || envUrl)
  const perService = (service: Service) => {
    const fromEnv = env[`VITE_${service.toUpperCase()}_URL`]
    return runtime.services?.[service] || (typeof fromEnv === 'string' ? fromEnv : '')
  }
  const anyService = SERVICES.some((s) => perService(s))
  const mock = !gateway && !anyService
  const base = mock ? `${origin}${MOCK_BASE_PATH}` : gateway
  const urls = Object.fromEntries(SERVICES.map((s) => [s, trimSlash(perService(s) || base)])) as Record<Service, string>
  return { mock, urls, messaging: resolveMessaging(runtime.messaging, base) }
}

function resolveMessaging(given: RuntimeConfig['messaging'] = {}, gateway: string): MessagingConfig {
  const httpPath = given.httpPath ?? MESSAGING_DEFAULTS.httpPath
  return {
    ...MESSAGING_DEFAULTS,
    // Devices usually reach the broker on the gateway's host: the default when the gateway has an absolute URL.
    host: given.host || hostOf(gateway) || MESSAGING_DEFAULTS.host,
    ...withoutUndefined(given),
    httpPath,
    publishUrl: trimSlash(given.publishUrl || `${gateway}${httpPath}`),
  }
}

/** The host of an absolute URL; a relative one (a same-origin proxy path) says nothing about where the broker is. */
function hostOf(url: string): string {
  if (!/^https?:\/\//.test(url)) return ''
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}

const withoutUndefined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>

let current: ApiConfig = resolveConfig({}, {}, 'http://localhost')

export function configureApi(config: ApiConfig) {
  current = config
}

export function apiConfig(): ApiConfig {
  return current
}

/**
 * Reads `config.json`. Missing (404, or the SPA's index.html that static hosts serve for a missing file) is fine only
 * for a build that has its own API URL; a build without one runs as the demo only when config.json says so (an empty
 * `apiUrl`, as shipped). A failed fetch, an HTTP error, invalid JSON or an unknown key throws a RuntimeConfigError.
 */
export async function fetchRuntimeConfig(
  buildHasApiUrl: boolean,
  fetchImpl: typeof fetch = fetch,
  url = new URL(RUNTIME_CONFIG_PATH, location.href).href,
): Promise<RuntimeConfig> {
  let res: Response
  try {
    res = await fetchImpl(url, { headers: { accept: 'application/json' } })
  } catch {
    throw new RuntimeConfigError(url, 'it could not be fetched (network error)')
  }
  const text = res.ok ? await res.text() : ''
  const missing = res.status === 404 || (res.ok && (res.headers.get('content-type')?.includes('text/html') || /^\s*</.test(text)))
  if (missing) {
    if (buildHasApiUrl) return {}
    throw new RuntimeConfigError(url, 'it is missing, and this build has no API URL of its own')
  }
  if (!res.ok) throw new RuntimeConfigError(url, `the server answered HTTP ${res.status}`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    throw new RuntimeConfigError(url, `it is not valid JSON (${(error as Error).message})`)
  }
  const parsed = RuntimeConfig.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue.path.length ? issue.path.join('.') : 'the file'
    const detail =
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue.code === 'invalid_type'
          ? `must be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`
          : issue.message
    throw new RuntimeConfigError(
      url,
      `${where}: ${detail} (expected {"apiUrl": "…", "services": {"bootstrap": "…", …}, "messaging": {"host": "…", …}})`,
    )
  }
  return parsed.data
}
