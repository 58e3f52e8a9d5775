import * as z from 'zod/mini'
import {
  EntityStatus,
  LIMIT_MAX,
  Metadata,
  NAME_MAX,
  SortDir,
  StatusFilter,
  Timestamp,
  accessFields,
  optionalArray,
  pageFields,
} from './common'
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
  /** Count only: the answer is `{total}`. */
  only_total: z.optional(z.boolean()),
})
export type ChannelListParams = z.infer<typeof ChannelListParams>

/**
 * A connection type in a request. The channels service parses it case-insensitively (`"publish"`,
 * `"Publish"`, `"PUBLISH"`); the console sends lower case. Responses use `ConnectionType` (`Publish`).
 */
export const ConnectionTypeInput = z.pipe(z.string().check(z.toLowerCase()), z.enum(['publish', 'subscribe'], 'invalid connection type'))
export type ConnectionTypeInput = z.infer<typeof ConnectionTypeInput>

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The services' messages, in the order their `validate()` checks: ids, then types. */
const idList = (each: z.ZodMiniType<string>) => z.array(each).check(z.minLength(1, 'missing entity id'))
const present = (message: string) => z.string().check(z.refine((id) => id.trim() !== '', message))
const uuid = z.string().check(z.regex(UUID_PATTERN, 'invalid id format provided'))
const typeList = z.array(ConnectionTypeInput).check(z.minLength(1, 'missing connection type'))

/**
 * `POST /{domainID}/channels/connect`: the cross product channel × client × type. Ids only need to be
 * non-blank here (the service then finds them); a blank client id is reported as a missing channel id,
 * as the Go code does.
 */
export const ConnectRequest = z.object({
  channel_ids: idList(present('missing channel id')),
  client_ids: idList(present('missing channel id')),
  types: typeList,
})
export type ConnectRequest = z.infer<typeof ConnectRequest>

/** `POST /{domainID}/channels/disconnect`: same body, but every id must be a UUID. */
export const DisconnectRequest = z.object({
  channel_ids: idList(uuid),
  client_ids: idList(uuid),
  types: typeList,
})
export type DisconnectRequest = z.infer<typeof DisconnectRequest>

/** `POST /{domainID}/channels/{channelID}/connect|disconnect`: clients × types on one channel. */
export const ChannelConnectRequest = z.object({
  client_ids: idList(uuid),
  types: typeList,
})
export type ChannelConnectRequest = z.infer<typeof ChannelConnectRequest>

export { ConnectionType }
