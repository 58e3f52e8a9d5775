import { queryOptions, useQuery } from '@tanstack/react-query'
import { getGroup } from '../api/groups'

/** One group, shared by every page that names a group (the parent-group field, inherited roles). */
export const groupDetailQuery = (domainId: string, groupId: string) =>
  queryOptions({
    queryKey: ['groups', domainId, 'detail', groupId],
    queryFn: ({ signal }) => getGroup(domainId, groupId, signal),
    staleTime: 5 * 60_000,
  })

/** The group's name once loaded; `fallback` until then, or when the caller may not read the group. */
export function useGroupName(domainId: string, groupId: string, fallback = 'a group') {
  const group = useQuery({ ...groupDetailQuery(domainId, groupId), retry: false })
  return group.data?.name ?? fallback
}
