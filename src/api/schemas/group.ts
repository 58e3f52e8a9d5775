import * as z from 'zod/mini'
import { EntityStatus, Metadata, Timestamp, accessFields, optionalArray, pageFields } from './common'

export const Group = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.optional(z.string()),
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
