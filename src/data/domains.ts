import { queryOptions } from '@tanstack/react-query'
import { listDomainMembers, listDomains } from '../api/domains'
import { fetchAllPages } from './fetch-all'

export const domainKeys = {
  list: ['domains'] as const,
  members: (domainId: string) => ['domain-members', domainId] as const,
}

/** Lists fetched whole here are small (a domain's members); this only stops a runaway loop. */
const MEMBERS_MAX = 2000

export const domainQueries = {
  list: () => queryOptions({ queryKey: domainKeys.list, queryFn: ({ signal }) => listDomains({}, signal), staleTime: 60_000 }),
  /** Members of a domain with their domain roles (ids only), in full: the pool role members are picked from. */
  members: (domainId: string) =>
    queryOptions({
      queryKey: domainKeys.members(domainId),
      queryFn: async ({ signal }) =>
        (
          await fetchAllPages(
            (page, pageSignal) => listDomainMembers(domainId, page, pageSignal).then((p) => ({ total: p.total, items: p.members })),
            { signal, max: MEMBERS_MAX, retry: false },
          )
        ).items,
      staleTime: 60_000,
    }),
}
