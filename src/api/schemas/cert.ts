import * as z from 'zod/mini'

/** A certificate as the certs service returns it (`key` only on issue). */
export const Cert = z.looseObject({
  serial_number: z.optional(z.string()),
  certificate: z.optional(z.string()),
  key: z.optional(z.string()),
  revoked: z._default(z.optional(z.boolean()), false),
  expiry_time: z.optional(z.string()),
  entity_id: z.optional(z.string()),
})
export type Cert = z.infer<typeof Cert>

export const CertsPage = z.looseObject({
  total: z.number(),
  offset: z._default(z.optional(z.number()), 0),
  limit: z.optional(z.number()),
  certificates: z._default(z.optional(z.array(Cert)), []),
})
export type CertsPage = z.infer<typeof CertsPage>

export const RenewCertResponse = z.looseObject({ certificate: Cert })

/** Go duration as the certs service takes it, e.g. "8760h". */
export const TTL_PATTERN = /^\d+(h|m|s)$/

export const IssueCertRequest = z.object({
  ttl: z.optional(z.string().check(z.regex(TTL_PATTERN, 'invalid ttl'))),
  ip_addresses: z.optional(z.array(z.string())),
  options: z.object({
    common_name: z.string().check(z.minLength(1, 'missing common name')),
    organization: z.optional(z.array(z.string())),
    organizational_unit: z.optional(z.array(z.string())),
    country: z.optional(z.array(z.string())),
    dns_names: z.optional(z.array(z.string())),
  }),
})
export type IssueCertRequest = z.infer<typeof IssueCertRequest>
