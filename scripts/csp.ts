import type { Plugin } from 'vite'

/** The build-time variables that can point the console at API hosts (see src/api/config.ts). */
const SERVICE_URL_VARS = [
  'VITE_API_URL',
  'VITE_USERS_URL',
  'VITE_DOMAINS_URL',
  'VITE_CLIENTS_URL',
  'VITE_CHANNELS_URL',
  'VITE_GROUPS_URL',
  'VITE_BOOTSTRAP_URL',
  'VITE_JOURNAL_URL',
  'VITE_CERTS_URL',
]

/** A build with an API URL has no mock in it (the rule of src/api/config.ts's resolveConfig, at build time). */
export function buildHasApiUrl(env: Record<string, string | undefined>): boolean {
  return SERVICE_URL_VARS.some((name) => !!env[name])
}

/** The origins of absolute URLs (relative ones such as `/api` are same-origin, already `'self'`). */
export function apiOrigins(env: Record<string, string | undefined>): string[] {
  const origins = new Set<string>()
  for (const name of SERVICE_URL_VARS) {
    const value = env[name]
    if (!value || !/^https?:\/\//i.test(value)) continue
    origins.add(new URL(value).origin)
  }
  for (const extra of (env.VITE_CSP_CONNECT_SRC ?? '').split(/[\s,]+/)) if (extra) origins.add(extra)
  return [...origins]
}

/**
 * The console's Content-Security-Policy. Scripts only from the console's own origin (no inline script,
 * no eval); workers (the CSV parser, MSW's service worker) from it too; fetches to it and to the
 * configured API hosts only. Inline *styles* are allowed: Radix's scroll lock injects a <style> element
 * while a dialog is open, and styles cannot run code. `frame-ancestors` is not allowed in a <meta>
 * policy; a server that wants it sends the header.
 */
export function contentSecurityPolicy(connectOrigins: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${["'self'", ...connectOrigins].join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** Writes the policy into the built index.html (not the dev server's, which needs inline styles and a websocket for HMR). */
export function cspMeta(): Plugin {
  let env: Record<string, string | undefined> = {}
  return {
    name: 'fleet-console-csp',
    apply: 'build',
    // The mode's VITE_* variables, from .env files and the environment, as the app itself sees them.
    configResolved: (config) => {
      env = config.env
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(apiOrigins(env)) },
        injectTo: 'head-prepend',
      },
    ],
  }
}
