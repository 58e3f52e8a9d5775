import * as z from 'zod/mini'
import { EntityStatus, Metadata, Timestamp, pageFields } from './common'

export const UserRole = z.enum(['user', 'admin'])

export const User = z.looseObject({
  id: z.string(),
  first_name: z.optional(z.string()),
  last_name: z.optional(z.string()),
  email: z.optional(z.string()),
  tags: z.optional(z.array(z.string())),
  metadata: z.optional(Metadata),
  credentials: z.optional(z.looseObject({ username: z.optional(z.string()), secret: z.optional(z.string()) })),
  status: z.optional(EntityStatus),
  role: z.optional(UserRole),
  created_at: z.optional(Timestamp),
  updated_at: z.optional(Timestamp),
})
export type User = z.infer<typeof User>

export const UsersPage = z.looseObject({ ...pageFields, users: z._default(z.optional(z.array(User)), []) })
export type UsersPage = z.infer<typeof UsersPage>

/** `/users/search`: at least one filter; `username` and `id` need three characters. */
export const UserSearchParams = z.object({
  username: z.optional(z.string()),
  first_name: z.optional(z.string()),
  last_name: z.optional(z.string()),
  id: z.optional(z.string()),
  offset: z.optional(z.number()),
  limit: z.optional(z.number()),
})
export type UserSearchParams = z.infer<typeof UserSearchParams>
