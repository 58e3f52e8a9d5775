import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import type { JournalEntry } from '../../api/schemas/journal'
import { useCurrentDomain } from '../../lib/current-domain'
import { shortId } from '../../lib/format'
import { journalEntityQuery } from '../../data/journal'
import { MAX_LINKS, entitiesOf, entityPath, type EntityRef } from './entry-links'

const KIND_LABEL: Record<EntityRef['kind'], string> = { client: 'Client', channel: 'Channel', role: 'Role', user: 'User' }

/** The entities an entry concerns, each a link where it still exists and this user may open it. */
export function EntryLinks({ entry }: { entry: JournalEntry }) {
  const { domain, isSuperAdmin } = useCurrentDomain()
  // Only super-admins may read a user's journal, the one page a user has here.
  const refs = entitiesOf(entry, domain.id).filter((ref) => ref.kind !== 'user' || isSuperAdmin)
  if (refs.length === 0) return null
  const more = refs.length - MAX_LINKS
  return (
    <div>
      <dt>Concerns</dt>
      <dd>
        <ul className="audit-links">
          {refs.slice(0, MAX_LINKS).map((ref) => (
            <li key={`${ref.kind}:${ref.id}`}>
              <EntityLink entity={ref} domainId={domain.id} />
            </li>
          ))}
          {more > 0 && <li className="muted">and {more} more</li>}
        </ul>
      </dd>
    </div>
  )
}

function EntityLink({ entity, domainId }: { entity: EntityRef; domainId: string }) {
  const found = useQuery(journalEntityQuery(entity))
  const kind = KIND_LABEL[entity.kind]
  if (found.data) {
    return (
      <Link to={entityPath(entity, domainId)} title={entity.id}>
        {kind}: {found.data.name}
      </Link>
    )
  }
  const state = found.isPending ? 'checking…' : found.isError ? 'could not be checked' : 'deleted, or not yours to open'
  return (
    <span className="muted" title={entity.id}>
      {kind} {shortId(entity.id)} ({state})
    </span>
  )
}
