import * as z from 'zod/mini'

/**
 * One SenML message as the readers return it (pkg/transformers/senml/message.go): snake_case, every field omitempty,
 * `time` in Unix nanoseconds (a float64 in Go, so a JS number loses nothing Go kept), and at most one of the values.
 */
export const StoredMessage = z.looseObject({
  channel: z.string(),
  subtopic: z.optional(z.string()),
  publisher: z.optional(z.string()),
  protocol: z.optional(z.string()),
  name: z.optional(z.string()),
  unit: z.optional(z.string()),
  time: z._default(z.optional(z.number()), 0),
  update_time: z.optional(z.number()),
  value: z.optional(z.number()),
  string_value: z.optional(z.string()),
  bool_value: z.optional(z.boolean()),
  data_value: z.optional(z.string()),
  sum: z.optional(z.number()),
})
export type StoredMessage = z.input<typeof StoredMessage>

/** The readers' page: the request's page metadata echoed, `total`, and `messages` (null when nothing was ever stored). */
export const MessagesPage = z.looseObject({
  offset: z._default(z.optional(z.number()), 0),
  limit: z._default(z.optional(z.number()), 0),
  total: z._default(z.optional(z.number()), 0),
  messages: z.nullable(z.array(StoredMessage)),
})
export type MessagesPage = z.infer<typeof MessagesPage>

/** The readers' limit: 1 to 1000 (readers/api/http/requests.go). */
export const MESSAGES_LIMIT_MAX = 1000

export type MessageListParams = {
  offset?: number
  limit?: number
  publisher?: string
  subtopic?: string
  name?: string
  protocol?: string
  /** Unix nanoseconds: `time >= from AND time < to`. */
  from?: number
  to?: number
}

/**
 * Why a publish subtopic would be refused (topics.go: no spaces, no wildcards or `*` `>`, no empty segment), or null.
 * An empty subtopic is fine: the message goes to the channel itself.
 */
export function subtopicProblem(subtopic: string): string | null {
  const sub = subtopic.replace(/^\/+|\/+$/g, '')
  if (!sub) return null
  if (/\s/.test(sub)) return 'A subtopic cannot contain spaces.'
  if (/[+#*>]/.test(sub)) return 'A subtopic to publish on cannot contain + # * or >.'
  if (sub.includes('//')) return 'A subtopic cannot have an empty segment (//).'
  return null
}

/** The HTTP adapter's answer to an accepted publish. */
export const PublishAccepted = z.looseObject({ status: z.string() })
