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
