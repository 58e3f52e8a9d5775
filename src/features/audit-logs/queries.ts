import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { listEntityJournal, listUserJournal } from '../../api/journal'
import type { JournalEntityType, JournalListParams } from '../../api/schemas/journal'
import { getUser } from '../../api/users'
import { journalKeys } from '../../lib/journal-keys'
import { toJournalParams, type AuditFilters } from './audit-params'

/** Whose journal a view shows: an entity in a domain, or a user's whole activity (super-admins only). */
export type JournalTarget =
  { kind: 'entity'; domainId: string; type: Exclude<JournalEntityType, 'user'>; id: string } | { kind: 'user'; userId: string }

export const targetType = (target: JournalTarget): JournalEntityType => (target.kind === 'user' ? 'user' : target.type)
export const targetId = (target: JournalTarget) => (target.kind === 'user' ? target.userId : target.id)

export function targetKey(target: JournalTarget) {
  return target.kind === 'user' ? journalKeys.user(target.userId) : journalKeys.entity(target.domainId, target.type, target.id)
}

export function fetchJournal(target: JournalTarget, params: JournalListParams, signal?: AbortSignal) {
  return target.kind === 'user'
    ? listUserJournal(target.userId, params, signal)
    : listEntityJournal(target.domainId, target.type, target.id, params, signal)
}

/** How often the auto-refresh toggle polls. */
export const LIVE_INTERVAL_MS = 10_000

export const auditQueries = {
  /** A relative range ("last hour") stays relative: it is resolved when the page is fetched. */
  list: (target: JournalTarget, filters: AuditFilters, live = false) =>
    queryOptions({
      queryKey: [...targetKey(target), filters] as const,
      queryFn: ({ signal }) => fetchJournal(target, toJournalParams(filters), signal),
      placeholderData: keepPreviousData,
      refetchInterval: live ? LIVE_INTERVAL_MS : false,
    }),
  /** The actor behind entries; one request per user, shared by every row. */
  user: (userId: string) =>
    queryOptions({
      queryKey: ['users', 'detail', userId] as const,
      queryFn: ({ signal }) => getUser(userId, signal),
      staleTime: 10 * 60_000,
    }),
}
