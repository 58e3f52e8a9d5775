/**
 * The built index.html carries a Content-Security-Policy whose `connect-src` lists the API hosts known at
 * build time. A runtime `config.json` may point elsewhere; a <meta> policy cannot be widened from script,
 * so the console can only say so, instead of failing every request with a bare network error.
 */
export function blockedApiOrigins(urls: string[], policy: string | null | undefined, selfOrigin: string): string[] {
  if (!policy) return []
  const directives = policy.split(';').map((d) => d.trim().split(/\s+/))
  const connect = directives.find(([name]) => name === 'connect-src') ?? directives.find(([name]) => name === 'default-src')
  if (!connect) return []
  const sources = connect.slice(1)
  const blocked = new Set<string>()
  for (const url of urls) {
    const { origin, protocol } = new URL(url, selfOrigin)
    const allowed = sources.some(
      (source) => source === '*' || source === protocol || source === origin || (source === "'self'" && origin === selfOrigin),
    )
    if (!allowed) blocked.add(origin)
  }
  return [...blocked]
}

/** Logs, for the operator, which configured API hosts this build's policy will refuse. */
export function reportBlockedApiOrigins(urls: string[]) {
  const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')
  const blocked = blockedApiOrigins(urls, policy, location.origin)
  if (blocked.length === 0) return
  console.error(
    `The API at ${blocked.join(', ')} is not allowed by this build's Content-Security-Policy (connect-src), so every request ` +
      `to it will fail. Build with VITE_CSP_CONNECT_SRC="${blocked.join(' ')}", or serve the console with a CSP header that allows it.`,
  )
}
