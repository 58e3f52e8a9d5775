import * as z from 'zod/mini'

/** Magistrala error body. The services send `{message}`; the OpenAPI files say `{error}`: accept both. */
export const ErrorBody = z.looseObject({
  message: z.optional(z.string()),
  error: z.optional(z.string()),
})
export type ErrorBody = z.infer<typeof ErrorBody>

export const Metadata = z.record(z.string(), z.unknown())
export type Metadata = z.infer<typeof Metadata>

/** RFC3339 timestamp as sent by the Go services; a never-set time is `0001-01-01T00:00:00Z`. */
export const Timestamp = z.string()
export const ZERO_TIME = '0001-01-01T00:00:00Z'

export const EntityStatus = z.enum(['enabled', 'disabled', 'deleted'])
export type EntityStatus = z.infer<typeof EntityStatus>

/** Status filter values accepted by list endpoints. */
export const StatusFilter = z.enum(['enabled', 'disabled', 'all'])
export type StatusFilter = z.infer<typeof StatusFilter>

export const SortDir = z.enum(['asc', 'desc'])
export type SortDir = z.infer<typeof SortDir>

/** `offset`/`limit` are `omitempty` in most list envelopes (absent on page 0). */
export const pageFields = {
  total: z.number(),
  offset: z._default(z.optional(z.number()), 0),
  limit: z.optional(z.number()),
}

/** An array the Go services omit when empty. */
export const optionalArray = <T extends z.ZodMiniType>(item: T) => z._default(z.optional(z.array(item)), [])

export const NAME_MAX = 1024
export const IDENTITY_MAX = 254
export const LIMIT_MAX = 100

/**
 * The caller's access list rows carry for non-super-admins (`clients/postgres/clients.go`
 * RetrieveUserClients). Through a role on the entity: `role_id`, `role_name`, `actions` (plain:
 * `update`…) and `access_type: "direct"`. Through a group or the domain (`direct_group`,
 * `indirect_group`, `domain`): the providing role in `access_provider_role_*`, its actions as stored
 * (`client_update`, `subgroup_client_update`…), and no `role_id` or `actions`. All `omitempty`.
 */
export const accessFields = {
  role_id: z.optional(z.string()),
  role_name: z.optional(z.string()),
  actions: z.optional(z.array(z.string())),
  access_type: z.optional(z.string()),
  access_provider_id: z.optional(z.string()),
  access_provider_role_id: z.optional(z.string()),
  access_provider_role_name: z.optional(z.string()),
  access_provider_role_actions: z.optional(z.array(z.string())),
}
