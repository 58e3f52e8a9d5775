import * as z from 'zod/mini'
import { Metadata, Timestamp } from './common'

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
