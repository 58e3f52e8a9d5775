/**
 * JWT-shaped tokens, verifiable without server state so a page reload (which restarts the in-page mock)
 * keeps sessions alive. Signed with a fixed key: a demo, not security.
 */
export type TokenClaims = {
  sub: string
  /** 0 = access, 1 = refresh (as Magistrala's auth service). */
  type: 0 | 1
  iat: number
  exp: number
  jti: string
  /** 1 = user, 2 = super-admin. */
  role: 1 | 2
  iss: 'magistrala.auth'
}

const KEY = 'fleet-console-mock-signing-key'

const b64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const unb64url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'))

function sign(data: string): string {
  // FNV-1a over data + key, twice with different offsets, for a 64-bit-looking tag.
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  const input = `${data}.${KEY}`
  for (let i = 0; i < input.length; i++) {
    a = Math.imul(a ^ input.charCodeAt(i), 16777619) >>> 0
    b = Math.imul(b ^ input.charCodeAt(i), 2246822519) >>> 0
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')
}

const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))

export function encodeToken(claims: TokenClaims): string {
  const payload = b64url(JSON.stringify(claims))
  return `${HEADER}.${payload}.${sign(`${HEADER}.${payload}`)}`
}

/** The claims of a well-signed, unexpired token; null otherwise. */
export function verifyToken(token: string, now = Date.now()): TokenClaims | null {
  const [header, payload, signature] = token.split('.')
  if (!header || !payload || !signature || sign(`${header}.${payload}`) !== signature) return null
  try {
    const claims = JSON.parse(unb64url(payload)) as TokenClaims
    return claims.exp * 1000 > now ? claims : null
  } catch {
    return null
  }
}

export function issueTokenPair(
  user: { id: string; role: 'user' | 'admin' },
  ttl: { accessSeconds: number; refreshSeconds: number },
  refreshExpiry?: number,
) {
  const iat = Math.floor(Date.now() / 1000)
  const role = user.role === 'admin' ? 2 : 1
  const jti = crypto.randomUUID()
  return {
    access_token: encodeToken({ sub: user.id, type: 0, iat, exp: iat + ttl.accessSeconds, jti, role, iss: 'magistrala.auth' }),
    // A refresh keeps the original refresh token's expiry: sessions end a fixed time after sign-in.
    refresh_token: encodeToken({
      sub: user.id,
      type: 1,
      iat,
      exp: refreshExpiry ?? iat + ttl.refreshSeconds,
      jti,
      role,
      iss: 'magistrala.auth',
    }),
  }
}
