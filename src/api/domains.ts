import { request } from './http'
import { Domain, DomainsPage } from './schemas/domain'
import { MembersRolePage } from './schemas/role'

export function listDomains(params: { offset?: number; limit?: number; name?: string } = {}, signal?: AbortSignal) {
  return request({ service: 'domains', path: '/domains', query: { limit: 100, ...params }, schema: DomainsPage, signal })
}

export function getDomain(domainId: string, signal?: AbortSignal) {
  return request({ service: 'domains', path: `/domains/${encodeURIComponent(domainId)}`, schema: Domain, signal })
}

/**
 * Members of the domain with their domain roles (user ids only; resolve names with `GET /users/{id}`).
 * The spec writes `/domain/…`; the service mounts it under `/domains/…`.
 */
export function listDomainMembers(domainId: string, params: { offset?: number; limit?: number } = {}, signal?: AbortSignal) {
  return request({
    service: 'domains',
    path: `/domains/${encodeURIComponent(domainId)}/roles/members`,
    query: params,
    schema: MembersRolePage,
    signal,
  })
}
