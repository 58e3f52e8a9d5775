import { queryOptions, useQuery } from '@tanstack/react-query'
import { listDomainMembers } from '../api/domains'
import { displayName, getUser } from '../api/users'
import type { User } from '../api/schemas/user'
import { fetchAll } from './fetch-all'

/**
 * Users by id. Member lists (roles, domains) carry ids only; names come from `GET /users/{id}`, which any
 * signed-in user may call (others get a reduced view: names and username, no email).
 */
export const userQueries = {
  detail: (userId: string) =>
    queryOptions({
      queryKey: ['users', 'detail', userId] as const,
      queryFn: ({ signal }) => getUser(userId, signal),
      // Names rarely change; a page of members would otherwise refetch every row on every visit.
      staleTime: 5 * 60_000,
    }),
}

/** A user's name for tables and pickers: full name (or username) with the username beside it. */
export function userLabel(user: User | undefined): { name: string; username?: string } {
  if (!user) return { name: '' }
  const username = user.credentials?.username
  const name = displayName(user)
  return { name, username: username && username !== name ? username : undefined }
}

/** The user's display name once loaded; `fallback` until then (and when the user is gone). */
export function useUserName(userId: string, fallback = 'Unknown user') {
  const user = useQuery(userQueries.detail(userId))
  return user.data ? userLabel(user.data).name : fallback
}

/** Members of a domain with their domain roles (ids only), in full: the pool role members are picked from. */
export const domainMemberQueries = {
  all: (domainId: string) =>
    queryOptions({
      queryKey: ['domain-members', domainId] as const,
      queryFn: ({ signal }) =>
        fetchAll((offset, limit) =>
          listDomainMembers(domainId, { offset, limit }, signal).then((p) => ({ total: p.total, items: p.members })),
        ),
      staleTime: 60_000,
    }),
}
