import { queryOptions, useQuery } from '@tanstack/react-query'
import { getGroup, listGroups } from '../api/groups'

export const groupKeys = {
  all: (domainId: string) => ['groups', domainId] as const,
  detail: (domainId: string, groupId: string) => [...groupKeys.all(domainId), 'detail', groupId] as const,
}

export const groupQueries = {
  /** One group, shared by every page that names a group (the parent-group field, inherited roles). */
  detail: (domainId: string, groupId: string) =>
    queryOptions({
      queryKey: groupKeys.detail(domainId, groupId),
      queryFn: ({ signal }) => getGroup(domainId, groupId, signal),
      staleTime: 5 * 60_000,
    }),
  /** Server-side search for pickers. */
  search: (domainId: string) => async (text: string, signal: AbortSignal) => {
    const page = await listGroups(domainId, { name: text || undefined, limit: 20 }, signal)
    return {
      total: page.total,
      // A group created without a description sends `null`: nothing is shown for it.
      options: page.groups.map((g) => ({ value: g.id, label: g.name, description: g.description ?? undefined })),
    }
  },
}

/** The group's name once loaded; `fallback` until then, or when the caller may not read the group. */
export function useGroupName(domainId: string, groupId: string, fallback = 'a group') {
  const group = useQuery({ ...groupQueries.detail(domainId, groupId), retry: false })
  return group.data?.name ?? fallback
}
