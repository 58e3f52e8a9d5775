import * as z from 'zod/mini'
import { EntityStatus, LIMIT_MAX, Metadata, NAME_MAX, SortDir, StatusFilter, Timestamp, accessFields, optionalArray, pageFields } from './common'
import { ConnectionType } from './client'

export const Channel = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  tags: z.optional(z.array(z.string())),
  domain_id: z.optional(z.string()),
  parent_group_id: z.optional(z.string()),
  route: z.optional(z.string()),
  metadata: z.optional(Metadata),
  status: EntityStatus,
  created_by: z.optional(z.string()),
  created_at: Timestamp,
  updated_at: Timestamp,
  updated_by: z.optional(z.string()),
  connection_types: z.optional(z.array(ConnectionType)),
  ...accessFields,
})
export type Channel = z.infer<typeof Channel>

export const ChannelsPage = z.looseObject({ ...pageFields, channels: optionalArray(Channel) })
export type ChannelsPage = z.infer<typeof ChannelsPage>

export const ROUTE_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,35}$/

export const ChannelCreate = z.object({
  name: z.optional(z.string().check(z.maxLength(NAME_MAX, 'invalid name size'))),
  tags: z.optional(z.array(z.string())),
  metadata: z.optional(Metadata),
  route: z.optional(z.string().check(z.regex(ROUTE_PATTERN, 'invalid route'))),
  parent_group_id: z.optional(z.string()),
  status: z.optional(z.enum(['enabled', 'disabled'], 'invalid status')),
})
export type ChannelCreate = z.infer<typeof ChannelCreate>

export const ChannelListParams = z.object({
  offset: z.optional(z.number().check(z.int(), z.minimum(0))),
  limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(LIMIT_MAX))),
  name: z.optional(z.string()),
  tags: z.optional(z.string()),
  status: z.optional(StatusFilter),
  metadata: z.optional(Metadata),
  order: z.optional(z.enum(['name', 'created_at', 'updated_at'])),
  dir: z.optional(SortDir),
  id: z.optional(z.string()),
  /** Channels connected to this client; rows then carry `connection_types`. */
  client: z.optional(z.string()),
  connection_type: z.optional(z.enum(['publish', 'subscribe'])),
})
export type ChannelListParams = z.infer<typeof ChannelListParams>

/** Wire connection types are lower-case on input, capitalised on output. */
export const ConnectionTypeInput = z.enum(['publish', 'subscribe'])
export type ConnectionTypeInput = z.infer<typeof ConnectionTypeInput>

export const ConnectRequest = z.object({
  channel_ids: z.array(z.string()).check(z.minLength(1, 'empty list provided')),
  client_ids: z.array(z.string()).check(z.minLength(1, 'empty list provided')),
  types: z.array(ConnectionTypeInput).check(z.minLength(1, 'empty list provided')),
})
export type ConnectRequest = z.infer<typeof ConnectRequest>

export { ConnectionType }
