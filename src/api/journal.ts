import { request } from './http'
import { JournalPage, type JournalEntityType, type JournalListParams } from './schemas/journal'

/**
 * One entity's journal (`client`, `channel`, `group` or `user`); the caller needs `read` on the entity,
 * and a `user` journal needs a platform super-admin. A client's journal also holds the connections
 * naming it (`channel.connect`/`disconnect`).
 */
export function listEntityJournal(
  domainId: string,
  entityType: JournalEntityType,
  entityId: string,
  params: JournalListParams = {},
  signal?: AbortSignal,
) {
  const path = `/${encodeURIComponent(domainId)}/journal/${entityType}/${encodeURIComponent(entityId)}`
  return request({ service: 'journal', path, query: params, schema: JournalPage, signal })
}

/** Everything one user did, in every domain. Platform super-admins only (403 for anyone else). */
export function listUserJournal(userId: string, params: JournalListParams = {}, signal?: AbortSignal) {
  return request({ service: 'journal', path: `/journal/user/${encodeURIComponent(userId)}`, query: params, schema: JournalPage, signal })
}
