import { useQuery } from '@tanstack/react-query'
import { isApiError } from '../../api/errors'
import { shortId } from '../../lib/format'
import { userLabel } from '../../lib/users'
import { userQueries } from '../../data/users'
import { Skeleton } from '../ui/StateViews'
import './users.css'

/**
 * A user shown by name (never a bare id): full name with the username beside it. Member lists carry
 * ids only, so each name is fetched once and cached.
 */
export function UserName({ userId, withUsername = true }: { userId: string; withUsername?: boolean }) {
  const user = useQuery({ ...userQueries.detail(userId), enabled: Boolean(userId) })
  if (!userId) return <span className="muted">—</span>
  if (user.isPending) return <Skeleton width={120} />
  if (!user.data) {
    const gone = isApiError(user.error) && user.error.isNotFound
    return (
      <span className="user-name muted" title={userId}>
        {gone ? 'Deleted user' : 'Unknown user'} <code>{shortId(userId)}</code>
      </span>
    )
  }
  const { name, username } = userLabel(user.data)
  return (
    <span className="user-name">
      <span className="user-name-full truncate" title={name}>
        {name}
      </span>
      {withUsername && username && (
        <span className="user-name-username muted truncate" title={username}>
          @{username}
        </span>
      )}
    </span>
  )
}
