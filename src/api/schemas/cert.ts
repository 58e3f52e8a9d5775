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

/** PEM text, or PEM text base64-encoded (a Go `[]byte` in JSON); undecodable text is kept as it came. */
const pemOrBase64 = z.pipe(
  z.string(),
  z.transform((text) => {
    if (!text || text.trimStart().startsWith('-----BEGIN')) return text
    try {
      return atob(text)
    } catch {
      return text
    }
  }),
)

/**
 * `PATCH …/certs/{serial}/renew`: a new certificate and private key for the old one's subject, valid 30
 * days. renewCertRes embeds certs.Certificate itself (`certs/api/http/responses.go`), whose
 * `certificate` and `key` are `[]byte`: they arrive base64-encoded. `entity_id` is empty: the new serial
 * is not linked to the client (it does not show in the client's list), and the old one stays valid.
 */
export const RenewCertResponse = z.looseObject({
  certificate: z.looseObject({
    ...Cert.shape,
    certificate: z.optional(pemOrBase64),
    key: z.optional(pemOrBase64),
  }),
})
export type RenewedCert = z.infer<typeof RenewCertResponse>['certificate']

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
