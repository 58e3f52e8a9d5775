import * as z from 'zod/mini'
import { Metadata, Timestamp, accessFields, optionalArray, pageFields } from './common'

export const DomainStatus = z.enum(['enabled', 'disabled', 'freezed', 'deleted'])

export const Domain = z.looseObject({
  id: z.string(),
  name: z.string(),
  route: z.optional(z.string()),
  tags: z.optional(z.array(z.string())),
  metadata: z.optional(Metadata),
  status: DomainStatus,
  created_at: Timestamp,
  updated_at: z.optional(Timestamp),
  ...accessFields,
})
export type Domain = z.infer<typeof Domain>

export const DomainsPage = z.looseObject({ ...pageFields, domains: optionalArray(Domain) })
export type DomainsPage = z.infer<typeof DomainsPage>

/**
 * A domain admin holds every one of these actions (schema.zed: the domain's `admin` permission is
 * their intersection, or platform admin). The certs service asks it to revoke and delete, bootstrap
 * v0.20.0 to list configurations.
 */
export const DOMAIN_ADMIN_ACTIONS = [
  'read',
  'update',
  'enable',
  'disable',
  'delete',
  'manage_role',
  'add_role_users',
  'remove_role_users',
  'view_role_users',
] as const
