import { request } from './http'
import { Group, GroupsPage } from './schemas/group'

const base = (domainId: string) => `/${encodeURIComponent(domainId)}/groups`

export function listGroups(
  domainId: string,
  params: { name?: string; offset?: number; limit?: number; status?: 'enabled' | 'disabled' | 'all' } = {},
  signal?: AbortSignal,
) {
  return request({ service: 'groups', path: base(domainId), query: params, schema: GroupsPage, signal })
}

export function getGroup(domainId: string, groupId: string, signal?: AbortSignal) {
  return request({ service: 'groups', path: `${base(domainId)}/${encodeURIComponent(groupId)}`, schema: Group, signal })
}
