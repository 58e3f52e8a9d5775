import { queryOptions } from '@tanstack/react-query'
import { getProfile } from '../../api/auth'
import { listDomains } from '../../api/domains'

export const authKeys = {
  profile: ['profile'] as const,
  domains: ['domains'] as const,
}

export const profileQuery = () =>
  queryOptions({ queryKey: authKeys.profile, queryFn: ({ signal }) => getProfile(signal), staleTime: 5 * 60_000 })

export const domainQueries = {
  list: () => queryOptions({ queryKey: authKeys.domains, queryFn: ({ signal }) => listDomains({}, signal), staleTime: 60_000 }),
}
