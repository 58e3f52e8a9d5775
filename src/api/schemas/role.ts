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
