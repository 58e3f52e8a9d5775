import type { Client } from '../../api/schemas/client'

export type AuthMethod = 'Credentials' | 'Certificate'

/**
 * Magistrala clients have no "authentication method" field; the console records the operator's
 * choice in the public metadata (`auth_method`), which list queries return.
 */
export const AUTH_METHOD_KEY = 'auth_method'

export function authMethodOf(client: Pick<Client, 'metadata'>): AuthMethod {
  return client.metadata?.[AUTH_METHOD_KEY] === 'certificate' ? 'Certificate' : 'Credentials'
}
