import * as z from 'zod/mini'

/**
 * Where each Magistrala service lives. With no API URL configured the console runs on its embedded
 * mock backend, which answers every service under one local base path.
 */
export const SERVICES = ['users', 'domains', 'clients', 'channels', 'groups', 'bootstrap', 'journal', 'certs'] as const
export type Service = (typeof SERVICES)[number]

export type ApiConfig = {
  mock: boolean
  urls: Record<Service, string>
}

/** Same-origin prefix the mock backend serves; it never collides with the console's own routes. */
export const MOCK_BASE_PATH = '/mock-api'

/**
 * The runtime override `config.json`, next to index.html (one build, many deployments). Strict: a misspelt key would
 * otherwise be ignored and leave the console on its demo backend without a word.
 */
export const RuntimeConfig = z.strictObject({
  apiUrl: z.optional(z.string()),
  services: z.optional(z.partialRecord(z.enum(SERVICES), z.string())),
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
  return { mock, urls }
}

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
    throw new RuntimeConfigError(url, `${where}: ${detail} (expected {"apiUrl": "…", "services": {"bootstrap": "…", …}})`)
  }
  return parsed.data
}
