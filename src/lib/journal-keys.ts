import type { JournalEntityType } from '../api/schemas/journal'

/**
 * Query keys of the journal (audit log) listings. Any write lands in some journal (the entity's, and
 * the acting user's), so a mutation refreshes the audit log wherever it is shown by invalidating `all`;
 * only the listings on screen refetch.
 */
export const journalKeys = {
  all: ['journal'] as const,
  entity: (domainId: string, type: Exclude<JournalEntityType, 'user'>, id: string) => [...journalKeys.all, domainId, type, id] as const,
  user: (userId: string) => [...journalKeys.all, 'user', userId] as const,
}
