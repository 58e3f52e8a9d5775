import type { JournalEntry } from '../../api/schemas/journal'
import type { EntityRef } from '../../data/journal'

export type { EntityRef }

/** Connections name many clients and channels; the details link this many of each and count the rest. */
export const MAX_LINKS = 5

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)
const ids = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [])

/**
 * The entities an entry is about, from the attributes Magistrala's events carry (`id`, `entity_id`,
 * `role_id`, `client_ids`, `channel_ids`). A role's own events name it `id`; its actions and members name it `role_id`.
 */
export function entitiesOf(entry: JournalEntry, currentDomainId: string): EntityRef[] {
  const a = entry.attributes ?? {}
  const domainId = text(a.domain) ?? text(entry.domain) ?? currentDomainId
  const [prefix, second] = entry.operation.split('.')
  if (entry.operation === 'channel.connect' || entry.operation === 'channel.disconnect') {
    return [
      ...ids(a.channel_ids).map((id) => ({ kind: 'channel' as const, domainId, id })),
      ...ids(a.client_ids).map((id) => ({ kind: 'client' as const, domainId, id })),
    ]
  }
  if (prefix === 'user') {
    const id = text(a.id)
    return id ? [{ kind: 'user', id }] : []
  }
  if (prefix !== 'client' && prefix !== 'channel') return []
  if (second === 'role' || second === 'members') {
    const entityId = text(a.entity_id)
    if (!entityId) return []
    const roleId = second === 'role' ? (text(a.role_id) ?? text(a.id)) : undefined
    const owner: EntityRef = { kind: prefix, domainId, id: entityId }
    // The console has role pages for clients only.
    return roleId && prefix === 'client' ? [owner, { kind: 'role', domainId, clientId: entityId, id: roleId }] : [owner]
  }
  const id = text(a.id) ?? text(a.entity_id)
  return id ? [{ kind: prefix, domainId, id }] : []
}

export function entityPath(ref: EntityRef, currentDomainId: string): string {
  switch (ref.kind) {
    case 'client':
      return `/${ref.domainId}/clients/${ref.id}`
    case 'channel':
      return `/${ref.domainId}/channels/${ref.id}`
    case 'role':
      return `/${ref.domainId}/clients/${ref.clientId}/roles/${ref.id}`
    case 'user':
      return `/${currentDomainId}/audit-logs?type=user&id=${encodeURIComponent(ref.id)}`
  }
}
