import { request } from './http'
import { Domain, DomainsPage } from './schemas/domain'

export function listDomains(params: { offset?: number; limit?: number; name?: string } = {}, signal?: AbortSignal) {
  return request({ service: 'domains', path: '/domains', query: { limit: 100, ...params }, schema: DomainsPage, signal })
}

export function getDomain(domainId: string, signal?: AbortSignal) {
  return request({ service: 'domains', path: `/domains/${encodeURIComponent(domainId)}`, schema: Domain, signal })
}
