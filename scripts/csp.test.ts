import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../src/api/config.ts'
import { apiOrigins, buildHasApiUrl, contentSecurityPolicy } from './csp.ts'

describe('the Content-Security-Policy', () => {
  it('lets the console fetch only from itself and the configured API hosts', () => {
    const origins = apiOrigins({
      VITE_API_URL: 'https://mg.example.com/api/',
      VITE_BOOTSTRAP_URL: 'https://mg.example.com:9013',
      VITE_JOURNAL_URL: '/journal',
      VITE_CSP_CONNECT_SRC: 'https://other.example.com, https://third.example.com',
    })
    expect(origins).toEqual([
      'https://mg.example.com',
      'https://mg.example.com:9013',
      'https://other.example.com',
      'https://third.example.com',
    ])
    expect(contentSecurityPolicy(origins)).toContain(
      "connect-src 'self' https://mg.example.com https://mg.example.com:9013 https://other.example.com https://third.example.com;",
    )
  })

  it('tells a build with an API URL as the console does at run time', () => {
    for (const env of [{}, { VITE_API_URL: '/api' }, { VITE_CERTS_URL: 'https://certs.example.com' }, { VITE_CSP_CONNECT_SRC: 'x' }]) {
      expect(buildHasApiUrl(env)).toBe(!resolveConfig(env).mock)
    }
  })

  it('allows no inline or foreign script, no plugins, and no foreign base or form target', () => {
    const policy = contentSecurityPolicy([])
    expect(policy).toContain("script-src 'self';")
    expect(policy).toContain("connect-src 'self';")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'self'")
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
  })
})
