import * as z from 'zod/mini'
import type { BootstrapCertsUpdate, BootstrapConfigCreate } from '../../api/schemas/bootstrap'
import { NAME_MAX } from '../../api/schemas/common'
import { certificateProblem, type PemKind } from '../../lib/certificates'
import { contentProblem } from './content'

const problem = (check: (value: string) => string | null) =>
  z.string().check(
    z.superRefine((value: string, ctx) => {
      const message = check(value)
      if (message) ctx.addIssue({ code: 'custom', message, input: value })
    }),
  )

const certificate = (kind: PemKind) => problem((value) => certificateProblem(value, kind))

/** The three encryption settings, each optional and checked as PEM or base64 DER. */
export const CertsForm = z.object({
  client_cert: certificate('certificate'),
  client_key: certificate('private key'),
  ca_cert: certificate('certificate'),
})
export type CertsFormValues = z.infer<typeof CertsForm>
export const CERT_FIELDS = ['client_cert', 'client_key', 'ca_cert'] as const

export const CreateBootstrapForm = z.extend(CertsForm, {
  name: z.string().check(z.maxLength(NAME_MAX, `At most ${NAME_MAX.toLocaleString()} characters`)),
  external_id: z.string().check(z.trim(), z.minLength(1, 'Enter the external ID the device will present (e.g. its MAC address)')),
  external_key: z.string().check(z.trim(), z.minLength(1, 'Enter the external key, or generate one')),
  channels: z.array(z.string()).check(z.minLength(1, 'Pick at least one channel')),
  /** Empty: the service creates a client for the configuration. */
  client_id: z.string(),
  content: problem(contentProblem),
})
export type CreateBootstrapValues = z.infer<typeof CreateBootstrapForm>

export const CREATE_DEFAULTS: CreateBootstrapValues = {
  name: '',
  external_id: '',
  external_key: '',
  channels: [],
  client_id: '',
  content: '',
  client_cert: '',
  client_key: '',
  ca_cert: '',
}

const trimmedCert = (value: string) => value.trim()

export function toCertsRequest(values: CertsFormValues): BootstrapCertsUpdate {
  return { client_cert: trimmedCert(values.client_cert), client_key: trimmedCert(values.client_key), ca_cert: trimmedCert(values.ca_cert) }
}

/** Leaves out what was not filled in, so the service applies its defaults (e.g. creating the client). */
export function toCreateRequest(values: CreateBootstrapValues): BootstrapConfigCreate {
  const certs = toCertsRequest(values)
  return {
    external_id: values.external_id,
    external_key: values.external_key,
    channels: values.channels,
    ...(values.name.trim() ? { name: values.name.trim() } : {}),
    ...(values.client_id ? { client_id: values.client_id } : {}),
    ...(values.content.trim() ? { content: values.content } : {}),
    ...Object.fromEntries(Object.entries(certs).filter(([, value]) => value)),
  }
}

/** A random external key: what most operators want instead of inventing one. */
export function generateExternalKey(): string {
  return crypto.randomUUID().replace(/-/g, '')
}
