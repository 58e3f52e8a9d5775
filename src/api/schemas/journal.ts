import * as z from 'zod/mini'
import { Metadata, SortDir, Timestamp } from './common'

export const JournalEntityType = z.enum(['client', 'channel', 'group', 'user'])
export type JournalEntityType = z.infer<typeof JournalEntityType>

export const JournalEntry = z.looseObject({
  operation: z.string(),
  occurred_at: Timestamp,
  domain: z.optional(z.string()),
  attributes: z.optional(z.record(z.string(), z.unknown())),
  metadata: z.optional(Metadata),
})
export type JournalEntry = z.infer<typeof JournalEntry>

export const JournalPage = z.looseObject({
  total: z.number(),
  offset: z._default(z.optional(z.number()), 0),
  limit: z.optional(z.number()),
  journals: z._default(z.optional(z.array(JournalEntry)), []),
})
export type JournalPage = z.infer<typeof JournalPage>

/** The journal allows at most 10 entries per page. */
export const JOURNAL_LIMIT_MAX = 10

/** Query of a journal listing; `from`/`to` are Unix seconds, inclusive; `operation` is an exact name. */
export const JournalListParams = z.object({
  offset: z.optional(z.number().check(z.int(), z.minimum(0))),
  limit: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(JOURNAL_LIMIT_MAX))),
  operation: z.optional(z.string()),
  from: z.optional(z.number().check(z.int())),
  to: z.optional(z.number().check(z.int())),
  dir: z.optional(SortDir),
  with_attributes: z.optional(z.boolean()),
  with_metadata: z.optional(z.boolean()),
})
export type JournalListParams = z.infer<typeof JournalListParams>
