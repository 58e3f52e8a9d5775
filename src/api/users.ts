import { request } from './http'
import { User, UsersPage, type UserSearchParams } from './schemas/user'

/** `/users/search`: any signed-in user; needs one filter, `username`/`id` of 3+ characters. */
export function searchUsers(params: UserSearchParams, signal?: AbortSignal) {
  return request({ service: 'users', path: '/users/search', query: params, schema: UsersPage, signal })
}

export function getUser(userId: string, signal?: AbortSignal) {
  return request({ service: 'users', path: `/users/${encodeURIComponent(userId)}`, schema: User, signal })
}

export function displayName(user: Pick<User, 'first_name' | 'last_name' | 'credentials' | 'id'>): string {
  const full = [user.first_name, user.last_name].filter(Boolean).join(' ')
  return full || user.credentials?.username || user.id
}
