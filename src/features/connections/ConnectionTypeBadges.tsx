import type { ConnectionType } from '../../api/schemas/channel'
import { Badge } from '../../components/ui/Badge'
import { CONNECTION_TYPES } from './connection-types'

/** A badge per connection type, always in the same order. */
export function ConnectionTypeBadges({ types }: { types: readonly ConnectionType[] | undefined }) {
  const shown = CONNECTION_TYPES.filter((t) => types?.includes(t))
  if (shown.length === 0) return <span className="muted">—</span>
  return (
    <span className="chips">
      {shown.map((type) => (
        <Badge key={type} tone={type === 'Publish' ? 'accent' : 'success'}>
          {type}
        </Badge>
      ))}
    </span>
  )
}
