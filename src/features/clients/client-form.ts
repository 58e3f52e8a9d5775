import * as z from 'zod/mini'
import { IDENTITY_MAX, NAME_MAX } from '../../api/schemas/common'
import type { ClientCreate } from '../../api/schemas/client'
import { parseJsonObject } from '../../lib/json'
import { certificateProblem } from '../../lib/pem'
import { AUTH_METHOD_KEY } from '../../lib/auth-method'

/** What the operator types in the create dialog; metadata stays text so a typo is kept as typed. */
export const ClientForm = z
  .object({
    name: z.string().check(z.trim(), z.minLength(1, 'Enter a name'), z.maxLength(NAME_MAX, `At most ${NAME_MAX} characters`)),
    authMethod: z.enum(['credentials', 'certificate']),
    identity: z.string().check(z.trim(), z.maxLength(IDENTITY_MAX, `At most ${IDENTITY_MAX} characters`)),
    secret: z.string().check(z.trim()),
    certificate: z.string(),
    tags: z.array(z.string()),
    metadataText: z.string(),
  })
  .check(
    z.superRefine((form, ctx) => {
      const metadata = parseJsonObject(form.metadataText)
      if (!metadata.ok) ctx.addIssue({ code: 'custom', path: ['metadataText'], message: metadata.error, input: form.metadataText })
      if (form.authMethod === 'certificate') {
        const problem = certificateProblem(form.certificate)
        if (problem) ctx.addIssue({ code: 'custom', path: ['certificate'], message: problem, input: form.certificate })
      }
    }),
  )
export type ClientForm = z.infer<typeof ClientForm>

export const EMPTY_CLIENT_FORM: ClientForm = {
  name: '',
  authMethod: 'credentials',
  identity: '',
  secret: '',
  certificate: '',
  tags: [],
  metadataText: '',
}

/**
 * The create body. Magistrala has no "authentication method" field: the choice goes in public metadata
 * (so lists can show it) and a pasted certificate in private metadata.
 */
export function toClientCreate(form: ClientForm): ClientCreate {
  const metadata = parseJsonObject(form.metadataText)
  const base = metadata.ok ? metadata.value : {}
  const certificate = form.authMethod === 'certificate'
  return {
    name: form.name.trim(),
    ...(form.tags.length ? { tags: form.tags } : {}),
    credentials: {
      ...(form.identity ? { identity: form.identity } : {}),
      ...(form.secret ? { secret: form.secret } : {}),
    },
    metadata: { ...base, ...(certificate ? { [AUTH_METHOD_KEY]: 'certificate' } : {}) },
    ...(certificate ? { private_metadata: { client_cert: form.certificate.trim() } } : {}),
  }
}

/** A new random secret, the same kind Magistrala generates when none is given. */
export function generateSecret() {
  return crypto.randomUUID()
}
