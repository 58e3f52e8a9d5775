import * as z from 'zod/mini'
import {
  EntityStatus,
  IDENTITY_MAX,
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
import { MemberRoleActions } from './role'

export const ConnectionType = z.enum(['Publish', 'Subscribe'])
export type ConnectionType = z.infer<typeof ConnectionType>

export const ClientCredentials = z.looseObject({
  identity: z.optional(z.string()),
  secret: z.optional(z.string()),
})

/** A client as the clients service serializes it (most fields are `omitempty`). */
export const Client = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  tags: z.optional(z.array(z.string())),
  domain_id: z.optional(z.string()),
  parent_group_id: z.optional(z.string()),
  credentials: z.optional(ClientCredentials),
  metadata: z.optional(Metadata),
  private_metadata: z.optional(Metadata),
  status: EntityStatus,
  created_at: Timestamp,
  updated_at: Timestamp,
  updated_by: z.optional(z.string()),
  connection_types: z.optional(z.array(ConnectionType)),
  ...accessFields,
  /** With `?roles=true` on view: the caller (`member_id`) and their roles on the client, its groups and domain. */
  member_id: z.optional(z.string()),
  roles: z.optional(z.array(MemberRoleActions)),
})
export type Client = z.infer<typeof Client>

export const ClientsPage = z.looseObject({ ...pageFields, clients: optionalArray(Client) })
export type ClientsPage = z.infer<typeof ClientsPage>

/** The answer of `POST /{domainID}/clients/bulk`. */
export const ClientsBulkResponse = z.looseObject({ total: z.number(), clients: optionalArray(Client) })

/** Body of `POST /{domainID}/clients` and each item of `/clients/bulk`. */
export const ClientCreate = z.object({
  id: z.optional(z.uuid('invalid id format provided')),
  name: z.optional(z.string().check(z.maxLength(NAME_MAX, 'invalid name size'))),
  tags: z.optional(z.array(z.string())),
  credentials: z.optional(
    z.object({
      identity: z.optional(z.string().check(z.maxLength(IDENTITY_MAX, 'invalid identity size'))),
      secret: z.optional(z.string()),
    }),
  ),
  metadata: z.optional(Metadata),
  private_metadata: z.optional(Metadata),
  status: z.optional(z.enum(['enabled', 'disabled'], 'invalid status')),
})
export type ClientCreate = z.infer<typeof ClientCreate>

export const ClientBulkCreate = z.array(ClientCreate).check(z.minLength(1, 'empty list provided'))

export const ClientUpdate = z.object({
  name: z.optional(z.string().check(z.maxLength(NAME_MAX, 'invalid name size'))),
  metadata: z.optional(Metadata),
  private_metadata: z.optional(Metadata),
})
export type ClientUpdate = z.infer<typeof ClientUpdate>

export const ClientTagsUpdate = z.object({ tags: z.array(z.string()) })
export const ClientSecretUpdate = z.object({ secret: z.string().check(z.minLength(1, 'missing secret')) })

export const ClientOrder = z.enum(['name', 'created_at', 'updated_at'])
export type ClientOrder = z.infer<typeof ClientOrder>

/** Query parameters of `GET /{domainID}/clients` the console uses. */
export const ClientListParams = z.object({
  offset: z.optional(z.number().check(z.int(), z.minimum(0))),
  limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(LIMIT_MAX))),
  name: z.optional(z.string()),
  /** `a,b` = any of the tags, `a+b` = all of them. */
  tags: z.optional(z.string()),
  status: z.optional(StatusFilter),
  metadata: z.optional(Metadata),
  order: z.optional(ClientOrder),
  dir: z.optional(SortDir),
  id: z.optional(z.string()),
  channel: z.optional(z.string()),
  group: z.optional(z.string()),
  /** Count only: the answer is `{total}`. */
  only_total: z.optional(z.boolean()),
})
export type ClientListParams = z.infer<typeof ClientListParams>
