import type { Cert } from '../api/schemas/cert'
import type { Client } from '../api/schemas/client'

export type AuthMethod = 'Credentials' | 'Certificate'

/**
 * Magistrala clients have no "authentication method" field; the console records the operator's
 * choice in the public metadata (`auth_method`), which list queries return.
 */
export const AUTH_METHOD_KEY = 'auth_method'

export function hasValidCertificate(certs: Cert[] | undefined, now = Date.now()) {
  return (certs ?? []).some((c) => !c.revoked && c.expiry_time && Date.parse(c.expiry_time) > now)
}

/** Certificate when the client holds a valid certificate, or was set up for one; else credentials. */
export function authMethodOf(client: Pick<Client, 'metadata'>, certs?: Cert[]): AuthMethod {
  return hasValidCertificate(certs) || client.metadata?.[AUTH_METHOD_KEY] === 'certificate' ? 'Certificate' : 'Credentials'
}
