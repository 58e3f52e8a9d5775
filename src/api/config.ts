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

/** Shape of the optional runtime override `public/config.json` (one build, many deployments). */
export type RuntimeConfig = {
  apiUrl?: string
  services?: Partial<Record<Service, string>>
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

/** Reads `/config.json` if the deployment ships one; anything else (404, the SPA's HTML) means "none". */
export async function fetchRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  try {
    const res = await fetchImpl('/config.json', { headers: { accept: 'application/json' } })
    if (!res.ok || !res.headers.get('content-type')?.includes('json')) return {}
    const body: unknown = await res.json()
    return body && typeof body === 'object' ? (body as RuntimeConfig) : {}
  } catch {
    return {}
  }
}
