import * as z from 'zod/mini'
import { Timestamp } from './common'

/** `GET /{domainID}/journal/client/{clientID}/telemetry` (journal service). */
export const ClientTelemetry = z.looseObject({
  client_id: z.string(),
  domain_id: z.optional(z.string()),
  subscriptions: z._default(z.optional(z.number()), 0),
  inbound_messages: z._default(z.optional(z.number()), 0),
  outbound_messages: z._default(z.optional(z.number()), 0),
  first_seen: z.optional(Timestamp),
  last_seen: z.optional(Timestamp),
})
export type ClientTelemetry = z.infer<typeof ClientTelemetry>
