import { JOURNAL_LIMIT_MAX, JournalEntityType, JournalPage, type JournalEntry } from '../../src/api/schemas'
import type { JournalQuery } from '../db/journal-store'
import { authenticate, fail, inDomain, json, queryOf, route, type AuthedCtx, type Ctx } from './kit'

/** Largest `from`/`to` the service accepts (it checks against MaxInt32). */
const MAX_UNIX_SECONDS = 2_147_483_647

type PageOptions = Omit<JournalQuery, 'entityType' | 'entityId'> & { withAttributes: boolean; withMetadata: boolean }

/** `decodePageQuery` and `validate()` of the journal service, with its messages. */
function pageOptions(url: URL): PageOptions {
  const q = queryOf(url)
  const offset = q.uint('offset', 0)
  // limit=0 is valid: an empty page with the right total.
  const limit = q.uint('limit', JOURNAL_LIMIT_MAX)
  if (limit > JOURNAL_LIMIT_MAX) throw fail.badRequest('invalid limit size')
  const seconds = (name: string) => {
    const raw = q.string(name)
    if (raw === undefined) return undefined
    const value = Number(raw)
    if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(value)) throw fail.badRequest('invalid query parameters')
    if (value > MAX_UNIX_SECONDS) throw fail.badRequest('invalid time format use unix time')
    // Zero means "not set" to the service.
    return value === 0 ? undefined : value
  }
  return {
    offset,
    limit,
    operation: q.string('operation'),
    from: seconds('from'),
    to: seconds('to'),
    withAttributes: q.bool('with_attributes'),
    withMetadata: q.bool('with_metadata'),
    dir: q.oneOf('dir', ['asc', 'desc'], 'desc', 'invalid list direction provided'),
  }
}

function entityType(raw: string): JournalEntityType {
  const parsed = JournalEntityType.safeParse(raw)
  if (!parsed.success) throw fail.badRequest('invalid entity type')
  return parsed.data
}

/** A user's journal is everything they did, across domains: only platform super-admins may read it. */
function requireSuperAdmin(ctx: AuthedCtx) {
  if (!ctx.db.access.isSuperAdmin(ctx.user.id)) throw fail.forbidden()
}

/** The selected columns only: `attributes`/`metadata` on request, no ids, an empty domain left out. */
function journalPage(ctx: Ctx, type: JournalEntityType, id: string, options: PageOptions) {
  const { withAttributes, withMetadata, ...query } = options
  const { total, entries } = ctx.db.journal.query({ ...query, entityType: type, entityId: id })
  const journals = entries.map((entry): JournalEntry => ({
    operation: entry.operation,
    occurred_at: entry.occurred_at,
    ...(entry.domain ? { domain: entry.domain } : {}),
    ...(withAttributes && entry.attributes ? { attributes: entry.attributes } : {}),
    ...(withMetadata && entry.metadata && Object.keys(entry.metadata).length ? { metadata: entry.metadata } : {}),
  }))
  return json(JournalPage, { total, offset: options.offset, limit: options.limit, journals })
}

/** Journal service: per-entity journals in a domain, and a user's whole activity. */
export function journalHandlers() {
  return [
    route('get', '/journal/user/:userID', (c) => {
      const ctx = authenticate(c)
      const options = pageOptions(ctx.url)
      requireSuperAdmin(ctx)
      return journalPage(ctx, 'user', ctx.params.userID, options)
    }),

    route('get', '/:domainID/journal/:entityType/:entityID', (c) => {
      const ctx = inDomain(c)
      const options = pageOptions(ctx.url)
      const type = entityType(ctx.params.entityType)
      const id = ctx.params.entityID
      if (type === 'user') {
        requireSuperAdmin(ctx)
      } else if (!ctx.db.access.isSuperAdmin(ctx.user.id)) {
        // The middleware (`journal/middleware/authorization.go`) asks for `read_permission` on the
        // entity, groups included; an entity that is gone (or never was) grants nothing.
        if (!ctx.db.access.can(ctx.user.id, ctx.domain.id, type, id, 'read')) throw fail.forbidden()
      }
      return journalPage(ctx, type, id, options)
    }),
  ]
}
