import type { JournalEntityType } from '../api/schemas/journal'

/**
 * The journal's query keys, alone in their module: the query client (in the first download) invalidates them after
 * every write, without pulling in the journal's requests.
 *
 * The journal (audit log). Any write lands in some journal (the entity's, and the acting user's), so every mutation
 * refreshes the audit log wherever it is shown by invalidating `all` (see app/query-client.ts); only the listings on
 * screen refetch.
 */
export const journalKeys = {
  all: ['journal'] as const,
  entity: (domainId: string, type: Exclude<JournalEntityType, 'user'>, id: string) => [...journalKeys.all, domainId, type, id] as const,
  user: (userId: string) => [...journalKeys.all, 'user', userId] as const,
}
