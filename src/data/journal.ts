import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query'
import { listChannels } from '../api/channels'
import { listClients } from '../api/clients'
import { isApiError } from '../api/errors'
import { listEntityJournal, listUserJournal } from '../api/journal'
import { clientRoles } from '../api/roles'
import { CHANGE_OPERATIONS } from '../api/journal-operations'
import { displayName, getUser } from '../api/users'
import {
  JOURNAL_LIMIT_MAX,
  type JournalEntityType,
  type JournalEntry,
  type JournalListParams,
  type JournalPage,
} from '../api/schemas/journal'
import { fetchMergedPage, type LoadChunk } from '../lib/journal-merge'
import { fetchAllPages } from './fetch-all'
import { journalKeys } from './journal-keys'

export { journalKeys }

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

/**
 * A journal page, or with `changes` ("changes only": Magistrala filters by one exact operation, and journals reads
 * too) the merge by time of every change operation's entries.
 */
export function fetchJournalView(
  target: JournalTarget,
  changes: boolean,
  params: JournalListParams,
  signal?: AbortSignal,
  cache?: { client: QueryClient; staleTime: number },
) {
  if (!changes) return fetchJournal(target, params, signal)
  const load = chunkLoader(target, params, cache?.client, cache?.staleTime)
  return fetchMergedPage(CHANGE_OPERATIONS[targetType(target)], load, params, signal)
}

/** A fetcher for an export: every chunk of "changes only" read once for the whole run. */
export function journalViewFetcher(target: JournalTarget, changes: boolean) {
  if (!changes) return (params: JournalListParams, signal: AbortSignal) => fetchJournal(target, params, signal)
  let load: LoadChunk | null = null
  return (params: JournalListParams, signal: AbortSignal) => {
    load ??= chunkLoader(target, params)
    return fetchMergedPage(CHANGE_OPERATIONS[targetType(target)], load, params, signal)
  }
}

/** How often the auto-refresh toggle polls. */
export const LIVE_INTERVAL_MS = 10_000

export const journalQueries = {
  /**
   * One page of a journal. `filters` key it as the page shows them; `toParams` turns them into the request when the page
   * is fetched, so a relative range ("last hour") stays relative.
   */
  list: <F>(
    target: JournalTarget,
    filters: F,
    toParams: (filters: F) => JournalListParams,
    options: { live?: boolean; changes?: boolean } = {},
  ) =>
    queryOptions({
      queryKey: [...targetKey(target), filters] as const,
      queryFn: ({ signal, client }) =>
        fetchJournalView(target, options.changes ?? false, toParams(filters), signal, { client, staleTime: options.live ? 0 : 30_000 }),
      placeholderData: keepPreviousData,
      refetchInterval: options.live ? LIVE_INTERVAL_MS : false,
    }),
  /**
   * A readable name for a journal's target (the audit page's URL holds its id). Clients and channels are looked up
   * through their lists (by `id`), not their view endpoints, which would journal a `*.view` of their own.
   */
  targetLabel: (domainId: string, type: JournalEntityType, id: string) =>
    queryOptions({
      queryKey: ['audit-target-label', domainId, type, id] as const,
      enabled: Boolean(id) && type !== 'group',
      staleTime: 5 * 60_000,
      queryFn: async ({ signal }): Promise<string | null> => {
        if (type === 'user') return displayName(await getUser(id, signal))
        if (type === 'client') return (await listClients(domainId, { id, status: 'all', limit: 1 }, signal)).clients[0]?.name ?? null
        if (type === 'channel') return (await listChannels(domainId, { id, status: 'all', limit: 1 }, signal)).channels[0]?.name ?? null
        return null
      },
    }),
}

/** Most rows one export fetches: the journal pages by 10, so this is a thousand requests. */
export const EXPORT_CAP = 10_000

export type ExportProgress = { fetched: number; total: number }

/** Pages fetched at once: the journal serves 10 entries a request, so a 10,000-row export is 1,000 requests. */
const CONCURRENCY = 4

/**
 * Every entry of a filtered journal, page by page (a few at a time, each retried), up to `cap`, in the journal's
 * order. The end of the range is pinned to the moment the export starts, so entries written meanwhile do not shift
 * the pages under it.
 */
export async function fetchAllEntries(
  fetchPage: (params: JournalListParams, signal: AbortSignal) => Promise<JournalPage>,
  params: JournalListParams,
  options: { signal: AbortSignal; cap?: number; now?: number; concurrency?: number; onProgress?: (progress: ExportProgress) => void },
): Promise<{ entries: JournalEntry[]; total: number }> {
  const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000)
  const base = { ...params, to: Math.min(params.to ?? nowSeconds, nowSeconds) }
  const all = await fetchAllPages(
    (page, signal) => fetchPage({ ...base, ...page }, signal).then((p) => ({ total: p.total, items: p.journals })),
    {
      signal: options.signal,
      pageSize: JOURNAL_LIMIT_MAX,
      max: options.cap ?? EXPORT_CAP,
      concurrency: options.concurrency ?? CONCURRENCY,
      onProgress: (fetched, total) => options.onProgress?.({ fetched, total }),
    },
  )
  return { entries: all.items, total: all.total }
}

/** A target's whole filtered journal (or its changes only), for the CSV export. */
export function fetchJournalExport(
  target: JournalTarget,
  changes: boolean,
  params: JournalListParams,
  options: Parameters<typeof fetchAllEntries>[2],
) {
  return fetchAllEntries(journalViewFetcher(target, changes), params, options)
}

/** What a journal entry concerns, as the console can open it. */
export type EntityRef =
  | { kind: 'client' | 'channel'; domainId: string; id: string }
  | { kind: 'role'; domainId: string; clientId: string; id: string }
  | { kind: 'user'; id: string }

/**
 * Whether the entity still exists, with its name (`null`: gone, or not readable by this user). Clients
 * and channels are looked up through their lists, which journal no `*.view` of their own.
 */
export function journalEntityQuery(ref: EntityRef) {
  return queryOptions({
    queryKey: ['audit-entity', ref] as const,
    staleTime: 60_000,
    queryFn: async ({ signal }): Promise<{ name: string } | null> => {
      try {
        switch (ref.kind) {
          case 'client': {
            const found = (await listClients(ref.domainId, { id: ref.id, status: 'all', limit: 1 }, signal)).clients[0]
            return found ? { name: found.name || 'Unnamed client' } : null
          }
          case 'channel': {
            const found = (await listChannels(ref.domainId, { id: ref.id, status: 'all', limit: 1 }, signal)).channels[0]
            return found ? { name: found.name || 'Unnamed channel' } : null
          }
          case 'role':
            return { name: (await clientRoles.get(ref.domainId, ref.clientId, ref.id, signal)).name }
          case 'user': {
            return { name: displayName(await getUser(ref.id, signal)) }
          }
        }
      } catch (error) {
        // Gone (404) or out of reach (403, another domain): not linkable, and not an error to retry.
        if (isApiError(error) && (error.isNotFound || error.isForbidden || error.status === 400)) return null
        throw error
      }
    },
  })
}
