import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { displayName } from '../../lib/users'
import { useCurrentDomain } from '../../lib/current-domain'
import { userQueries } from '../../data/users'
import { shortId } from '../../lib/format'

/** The user who acted, as a name; for super-admins a link to everything that user did. */
export function ActorLabel({ userId }: { userId: string | undefined }) {
  const { domain, isSuperAdmin } = useCurrentDomain()
  const user = useQuery({ ...userQueries.detail(userId ?? ''), enabled: Boolean(userId) })
  if (!userId) return <span className="muted">System</span>
  if (user.isPending)
    return (
      <span className="muted" title={userId}>
        {shortId(userId)}
      </span>
    )
  // A deleted user (404) still has a journal: say who it was as far as we know.
  if (!user.data)
    return (
      <span className="muted truncate" title={userId}>
        Unknown user ({shortId(userId)})
      </span>
    )
  const name = displayName(user.data)
  const username = user.data.credentials?.username
  const title = [name, username && username !== name ? `@${username}` : '', userId].filter(Boolean).join(' · ')
  if (!isSuperAdmin) {
    return (
      <span className="audit-actor truncate" title={title}>
        {name}
      </span>
    )
  }
  return (
    <Link
      className="audit-actor truncate"
      title={`${title}: see everything this user did`}
      to={`/${domain.id}/audit-logs?id=${encodeURIComponent(userId)}`}
    >
      {name}
    </Link>
  )
}
