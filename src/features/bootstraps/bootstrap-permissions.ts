import { isApiError, errorMessage } from '../../api/errors'
import type { Client } from '../../api/schemas/client'
import type { CurrentDomain } from '../../lib/current-domain'
import { entityPermissions } from '../../lib/permissions'

/**
 * What the user may do with a configuration: the bootstrap service checks the permission on the
 * config's client. `client` (from the client's view with `roles=true`) adds roles held on that client;
 * without it only domain-wide roles count.
 */
export function bootstrapPermissions(current: CurrentDomain, client?: Client) {
  const perms = entityPermissions(current, 'client', client)
  const changeReason = perms.reason('update', 'change this configuration')
  return {
    changeReason,
    /** Enabling connects the client to channels through the channels service. */
    stateReason: changeReason ?? perms.reason('connect_to_channel', 'connect its client to channels'),
    deleteReason: perms.reason('delete', 'delete this configuration'),
  }
}

/** Creating needs a new client (`client_create`) or changing an existing one (`client_update`). */
export function createPermissions(current: CurrentDomain) {
  const canCreateClient = current.canDomain('client_create')
  const canUseExisting = current.canDomain('client_update')
  return {
    canCreateClient,
    createReason:
      canCreateClient || canUseExisting
        ? null
        : 'You do not have permission to create configurations (needs “client_create” or “client_update”)',
  }
}

/**
 * Changing the state checks no right up front (bootstrap v0.20.0): it connects or disconnects through
 * the channels service with the caller's token, and swallows any refusal into an empty 500.
 */
export function stateChangeError(error: unknown): string {
  if (isApiError(error) && error.status === 500 && !error.message) {
    return 'The server could not connect or disconnect the client. The client and all its channels must be enabled, and your role must allow connecting them (“connect_to_channel” on the client, “connect_to_client” on each channel).'
  }
  return errorMessage(error)
}
