import * as z from 'zod/mini'
import { EntityStatus, Metadata, Timestamp, accessFields, optionalArray, pageFields } from './common'

/**
 * A group as the groups service serializes it (`groups/groups.go`). `description` is a nullable value
 * whose `omitempty` cannot drop it (a struct): it is always sent, `null` when never set. `level`,
 * `path`, `tags` and `metadata` are left out when empty.
 */
export const Group = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.optional(z.nullable(z.string())),
  domain_id: z.optional(z.string()),
  parent_id: z.optional(z.string()),
  /** Ancestor ids joined by dots, ending with the group's own id. */
  path: z.optional(z.string()),
  level: z.optional(z.number()),
  tags: z.optional(z.array(z.string())),
  metadata: z.optional(Metadata),
  status: EntityStatus,
  created_at: Timestamp,
  updated_at: Timestamp,
  ...accessFields,
})
export type Group = z.infer<typeof Group>

export const GroupsPage = z.looseObject({ ...pageFields, groups: optionalArray(Group) })
export type GroupsPage = z.infer<typeof GroupsPage>

export const SetParentRequest = z.object({ parent_group_id: z.string().check(z.minLength(1, 'missing parent group id')) })
