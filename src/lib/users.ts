import { displayName } from '../api/users'
import type { User } from '../api/schemas/user'

export { displayName }

/** A user's name for tables and pickers: full name (or username) with the username beside it. */
export function userLabel(user: User | undefined): { name: string; username?: string } {
  if (!user) return { name: '' }
  const username = user.credentials?.username
  const name = displayName(user)
  return { name, username: username && username !== name ? username : undefined }
}
