import { queryOptions, useQuery } from '@tanstack/react-query'
import { getProfile } from '../api/auth'
import { getUser, searchUsers as searchUsersPage } from '../api/users'
import { userLabel } from '../lib/users'

export const userKeys = {
  all: ['users'] as const,
  detail: (userId: string) => [...userKeys.all, 'detail', userId] as const,
  /** The signed-in user. */
  profile: ['profile'] as const,
}

/**
 * Users by id. Member lists (roles, domains) and journal entries carry ids only; names come from `GET /users/{id}`,
 * which any signed-in user may call (others get a reduced view: names and username, no email).
 */
export const userQueries = {
  detail: (userId: string) =>
    queryOptions({
      queryKey: userKeys.detail(userId),
      queryFn: ({ signal }) => getUser(userId, signal),
      // Names rarely change; a page of members or of journal entries would otherwise refetch every row on every visit.
      staleTime: 5 * 60_000,
    }),
  profile: () => queryOptions({ queryKey: userKeys.profile, queryFn: ({ signal }) => getProfile(signal), staleTime: 5 * 60_000 }),
}

/** The user's display name once loaded; `fallback` until then (and when the user is gone). */
export function useUserName(userId: string, fallback = 'Unknown user') {
  const user = useQuery(userQueries.detail(userId))
  return user.data ? userLabel(user.data).name : fallback
}

/** One page of `/users/search` (three characters or more; never super-admins), outside the cache: the pickers. */
export const searchUsers = searchUsersPage

/** One user outside the cache (a label resolved once). */
export const fetchUser = getUser
