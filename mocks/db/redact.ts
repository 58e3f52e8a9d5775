const SECRET_KEYS = new Set([
  'secret',
  'password',
  'access_token',
  'refresh_token',
  'external_key',
  'client_key',
  'key',
  'private_key',
  'token',
])

/** Journal attributes must never carry a secret in clear: drop such keys at any depth. */
export function redact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(redact) as T
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    const lower = key.toLowerCase()
    if (SECRET_KEYS.has(lower) || lower.includes('secret') || lower.includes('password')) continue
    out[key] = redact(inner)
  }
  return out as T
}
