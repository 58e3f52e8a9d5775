import * as z from 'zod/mini'
import { Timestamp } from './common'

/** Role ids are not UUIDs: `<entityType>_<short id>`. */
export const Role = z.looseObject({
  id: z.string(),
  name: z.string(),
  entity_id: z.string(),
  created_by: z.optional(z.string()),
  created_at: Timestamp,
  updated_by: z.optional(z.string()),
  updated_at: z.optional(Timestamp),
})
export type Role = z.infer<typeof Role>

export const RolesPage = z.looseObject({
  total: z.number(),
  offset: z._default(z.optional(z.number()), 0),
  limit: z.optional(z.number()),
  roles: z._default(z.optional(z.array(Role)), []),
})
export type RolesPage = z.infer<typeof RolesPage>

/**
 * One role through which a member reaches an entity (`pkg/roles/roles.go` MemberRoleActions), in the
 * `?roles=true` view and in `…/roles/members`. `access_type` says where the role lives: `direct` (on the
 * entity: link to it), `direct_group` (its parent group), `indirect_group` (a group further up) or
 * `domain`; `access_provider_id` is that group or domain. `actions` are the role's own, as stored: a
 * group role's `client_*` / `subgroup_client_*`, a domain role's `client_*` (see lib/permissions.ts).
 */
export const MemberRoleActions = z.looseObject({
  role_id: z.string(),
  role_name: z.string(),
  actions: z.optional(z.array(z.string())),
  access_provider_id: z.optional(z.string()),
  access_provider_path: z.optional(z.string()),
  access_type: z.optional(z.string()),
})
export type MemberRoleActions = z.infer<typeof MemberRoleActions>

/** `…/roles/members`: who holds which role on an entity (user ids only, never names). */
export const MembersRolePage = z.looseObject({
  total: z.number(),
  offset: z._default(z.optional(z.number()), 0),
  limit: z.optional(z.number()),
  members: z._default(
    z.optional(
      z.array(
        z.looseObject({
          member_id: z.optional(z.string()),
          roles: z._default(z.optional(z.array(MemberRoleActions)), []),
        }),
      ),
    ),
    [],
  ),
})
export type MembersRolePage = z.infer<typeof MembersRolePage>

/** A list of strings the Go services may send as `null` (a nil slice) or leave out. */
const idList = z.pipe(
  z.optional(z.nullable(z.array(z.string()))),
  z.transform((list: string[] | null | undefined) => list ?? []),
)

/** `POST …/roles` answers the role with what it was provisioned with (`null` when none). */
export const RoleProvision = z.looseObject({
  ...Role.shape,
  optional_actions: z.optional(z.nullable(z.array(z.string()))),
  optional_members: z.optional(z.nullable(z.array(z.string()))),
})
export type RoleProvision = z.infer<typeof RoleProvision>

export const ROLE_NAME_MAX = 200

/** Body of `POST …/roles`: the services read `role_name` (the OpenAPI file wrongly says `name`). */
export const RoleCreate = z.object({
  role_name: z.string('empty role name').check(z.minLength(1, 'empty role name'), z.maxLength(ROLE_NAME_MAX, 'invalid name size')),
  optional_actions: z.optional(z.array(z.string())),
  /** User ids; each must already be a member of the domain. */
  optional_members: z.optional(z.array(z.string())),
})
export type RoleCreate = z.infer<typeof RoleCreate>

/** Body of `PUT …/roles/{roleID}`: a rename. */
export const RoleUpdate = z.object({
  name: z.string('empty role name').check(z.minLength(1, 'empty role name')),
})
export type RoleUpdate = z.infer<typeof RoleUpdate>

/** Body of `POST …/actions` and `…/actions/delete` (the service's message for an empty list). */
export const RoleActionsRequest = z.object({
  actions: z.array(z.string(), 'missing policy entity type').check(z.minLength(1, 'missing policy entity type')),
})
export type RoleActionsRequest = z.infer<typeof RoleActionsRequest>

/** Body of `POST …/members` and `…/members/delete`: user ids. */
export const RoleMembersRequest = z.object({
  members: z.array(z.string(), 'empty role members').check(z.minLength(1, 'empty role members')),
})
export type RoleMembersRequest = z.infer<typeof RoleMembersRequest>

export const RoleActions = z.looseObject({ actions: idList })
export type RoleActions = z.infer<typeof RoleActions>

export const RoleMembers = z.looseObject({ members: idList })
export type RoleMembers = z.infer<typeof RoleMembers>

/** `GET …/roles/{roleID}/members`: one page of user ids (never names). */
export const RoleMembersPage = z.looseObject({
  total: z.number(),
  offset: z._default(z.optional(z.number()), 0),
  limit: z.optional(z.number()),
  members: idList,
})
export type RoleMembersPage = z.infer<typeof RoleMembersPage>

export const AvailableActions = z.looseObject({ available_actions: idList })
export type AvailableActions = z.infer<typeof AvailableActions>

/**
 * Query of `…/roles/members` (entity members) the console uses. Each filter keeps the members holding a
 * matching role (JSONB containment), and lists all their roles.
 */
export type EntityMembersParams = { offset?: number; limit?: number; role_id?: string; role_name?: string; access_type?: AccessType }

export const ACCESS_TYPES = ['direct', 'direct_group', 'indirect_group', 'domain'] as const
export type AccessType = (typeof ACCESS_TYPES)[number]
