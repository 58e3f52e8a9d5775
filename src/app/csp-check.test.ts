import { describe, expect, it } from 'vitest'
import { blockedApiOrigins } from './csp-check'

const POLICY = "default-src 'self'; script-src 'self'; connect-src 'self' https://mg.example.com; object-src 'none'"
const SELF = 'https://console.example.com'

describe('blockedApiOrigins', () => {
  it('lets through the console itself, relative paths and the listed hosts', () => {
    expect(blockedApiOrigins([`${SELF}/mock-api`, '/api', 'https://mg.example.com/users'], POLICY, SELF)).toEqual([])
  })

  it('names each host the policy refuses once, with its port', () => {
    const urls = ['https://mg.example.com:9013', 'https://other.example.com/a', 'https://other.example.com/b']
    expect(blockedApiOrigins(urls, POLICY, SELF)).toEqual(['https://mg.example.com:9013', 'https://other.example.com'])
  })

  it('falls back to default-src, honours scheme sources, and checks nothing without a policy', () => {
    expect(blockedApiOrigins(['https://x.example.com'], "default-src 'self'", SELF)).toEqual(['https://x.example.com'])
    expect(blockedApiOrigins(['https://x.example.com'], "connect-src 'self' https:", SELF)).toEqual([])
    expect(blockedApiOrigins(['https://x.example.com'], null, SELF)).toEqual([])
  })
})
