import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query'
import { listEntityJournal, listUserJournal } from '../../api/journal'
import { CHANGE_OPERATIONS } from '../../api/journal-operations'
import { JOURNAL_LIMIT_MAX, type JournalEntityType, type JournalListParams, type JournalPage } from '../../api/schemas/journal'
import { getUser } from '../../api/users'
import { journalKeys } from '../../lib/journal-keys'
import { changesOnly, toJournalParams, type AuditFilters } from './audit-params'
import { fetchMergedPage, type LoadChunk } from './changes-merge'

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

/**
 * One operation's entries a chunk (10) at a time. Through the query cache, paging on re-reads no chunk
 * it already has; without it (an export), a chunk is read once per run.
 */
function chunkLoader(target: JournalTarget, params: JournalListParams, client?: QueryClient, staleTime = 0): LoadChunk {
  const { from, to, dir, with_attributes, with_metadata } = params
  const base = { from, to, dir, with_attributes, with_metadata, limit: JOURNAL_LIMIT_MAX }
  const seen = new Map<string, Promise<JournalPage>>()
  return (operation, offset, signal) => {
    const query = { ...base, operation, offset }
    if (client) {
      return client.fetchQuery({
        queryKey: [...targetKey(target), 'operation', query] as const,
        queryFn: ({ signal: own }) => fetchJournal(target, query, own),
        staleTime,
      })
    }
    const key = `${operation}@${offset}`
    if (!seen.has(key)) seen.set(key, fetchJournal(target, query, signal))
    return seen.get(key)!
  }
}

/** A journal page, or with "changes only" the merge of every change operation's entries. */
export function fetchJournalView(
  target: JournalTarget,
  filters: Pick<AuditFilters, 'op' | 'changes'>,
  params: JournalListParams,
  signal?: AbortSignal,
  cache?: { client: QueryClient; staleTime: number },
) {
  if (!changesOnly(filters)) return fetchJournal(target, params, signal)
  const load = chunkLoader(target, params, cache?.client, cache?.staleTime)
  return fetchMergedPage(CHANGE_OPERATIONS[targetType(target)], load, params, signal)
}

/** A fetcher for an export: every chunk of "changes only" read once for the whole run. */
export function journalViewFetcher(target: JournalTarget, filters: Pick<AuditFilters, 'op' | 'changes'>) {
  if (!changesOnly(filters)) return (params: JournalListParams, signal: AbortSignal) => fetchJournal(target, params, signal)
  let load: LoadChunk | null = null
  return (params: JournalListParams, signal: AbortSignal) => {
    load ??= chunkLoader(target, params)
    return fetchMergedPage(CHANGE_OPERATIONS[targetType(target)], load, params, signal)
  }
}

/** How often the auto-refresh toggle polls. */
export const LIVE_INTERVAL_MS = 10_000

export const auditQueries = {
  /** A relative range ("last hour") stays relative: it is resolved when the page is fetched. */
  list: (target: JournalTarget, filters: AuditFilters, live = false) =>
    queryOptions({
      queryKey: [...targetKey(target), filters] as const,
      queryFn: ({ signal, client }) =>
        fetchJournalView(target, filters, toJournalParams(filters), signal, { client, staleTime: live ? 0 : 30_000 }),
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
