import { useQuery } from '@tanstack/react-query'
import { ACCESS_TYPES, type AccessType } from '../../api/schemas/role'
import { clientRoleQueries } from '../../data/roles'
import { useClampPage } from '../../lib/paging'
import { useUrlState } from '../../lib/url-state'

const LIST_DEFAULTS = { role: '', access: '', page: 1, size: 10 }
const LIST_ALLOWED = { size: [10, 25, 50, 100], access: ['', ...ACCESS_TYPES] } as const

export const ACCESS_OPTIONS = [
  { value: '', label: 'Anywhere' },
  { value: 'direct', label: 'On this client' },
  { value: 'direct_group', label: 'Its group' },
  { value: 'indirect_group', label: 'Groups above' },
  { value: 'domain', label: 'The domain' },
]

/** The members list's filters and page (in the URL), its page of members and the client's roles to filter by. */
export function useMemberList(domainId: string, clientId: string, canView: boolean) {
  const [state, setState] = useUrlState(LIST_DEFAULTS, LIST_ALLOWED)
  const params = {
    offset: (state.page - 1) * state.size,
    limit: state.size,
    ...(state.role ? { role_id: state.role } : {}),
    // Only the listed values reach the state (LIST_ALLOWED).
    ...(state.access ? { access_type: state.access as AccessType } : {}),
  }
  const members = useQuery({ ...clientRoleQueries.entityMembers(domainId, clientId, params), enabled: canView })
  const roles = useQuery({ ...clientRoleQueries.list(domainId, clientId), enabled: canView })
  const total = members.data?.total ?? 0
  useClampPage(state, total, members.isSuccess && !members.isPlaceholderData, setState)
  return { state, setState, members, roles, total }
}
