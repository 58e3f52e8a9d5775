import type { ProxyOptions } from 'vite'

/**
 * How the console reaches a Magistrala deployment from its own origin (the services send no CORS headers): every
 * service under one path prefix that no console route uses. The gateway (Magistrala's nginx: users, domains, groups,
 * channels, clients) is the prefix itself; bootstrap, journal and certs, which nginx does not proxy, each get a
 * sub-path of their own. The production nginx snippet in the README has the same layout.
 */
export const API_PREFIX = '/api'
export const PROXIED_SERVICES = ['bootstrap', 'journal', 'certs', 'readers'] as const
type ProxiedService = (typeof PROXIED_SERVICES)[number]

/** The service URLs the console is built with to use that layout (all relative: same origin). */
export const PROXIED_URLS: Record<string, string> = {
  VITE_API_URL: API_PREFIX,
  ...Object.fromEntries(PROXIED_SERVICES.map((s) => [`VITE_${s.toUpperCase()}_URL`, `${API_PREFIX}/${s}`])),
}

/** Each service's port in Magistrala's docker-compose (`docker/.env`), for a target given only as the gateway. */
const COMPOSE_PORTS: Record<ProxiedService, number> = { bootstrap: 9013, journal: 9021, certs: 9019, readers: 9011 }

export type ProxyTargets = { gateway: string } & Record<ProxiedService, string>

/**
 * `MG_PROXY_TARGET` is the gateway; `MG_BOOTSTRAP_TARGET`, `MG_JOURNAL_TARGET` and `MG_CERTS_TARGET` default to the
 * gateway's host on the compose ports. Undefined when no gateway is set (the console then runs on its mock).
 */
export function proxyTargetsFromEnv(env: Record<string, string | undefined>): ProxyTargets | undefined {
  const gateway = env.MG_PROXY_TARGET?.replace(/\/+$/, '')
  if (!gateway) return undefined
  const host = new URL(gateway)
  const onPort = (port: number) => `${host.protocol}//${host.hostname}:${port}`
  return {
    gateway,
    ...Object.fromEntries(
      PROXIED_SERVICES.map((s) => [s, env[`MG_${s.toUpperCase()}_TARGET`]?.replace(/\/+$/, '') || onPort(COMPOSE_PORTS[s])]),
    ),
  } as ProxyTargets
}

/** Vite's proxy table (dev server and preview): the specific service prefixes first, then the gateway. */
export function magistralaProxy(targets: ProxyTargets): Record<string, ProxyOptions> {
  const strip = (prefix: string) => (path: string) => path.slice(prefix.length) || '/'
  const table: Record<string, ProxyOptions> = {}
  for (const service of PROXIED_SERVICES) {
    const prefix = `${API_PREFIX}/${service}`
    table[`${prefix}/`] = { target: targets[service], changeOrigin: true, rewrite: strip(prefix) }
  }
  table[`${API_PREFIX}/`] = { target: targets.gateway, changeOrigin: true, rewrite: strip(API_PREFIX) }
  return table
}
