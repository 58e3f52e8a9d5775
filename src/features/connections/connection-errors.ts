import { errorMessage, isApiError } from '../../api/errors'

/**
 * What went wrong with a connect or disconnect, in words an operator can act on. The channels service
 * answers a disabled or foreign client or channel with a bare 422 `failed to create entity`.
 */
export function connectionErrorMessage(error: unknown, mode: 'connect' | 'disconnect'): string {
  if (!isApiError(error)) return errorMessage(error)
  if (error.isConflict) return 'Already connected: one of these connections exists already. Refresh and choose again.'
  if (error.isForbidden) {
    return mode === 'connect'
      ? 'You do not have permission to connect this client and channel (needs “connect_to_channel” on the client and “connect_to_client” on the channel).'
      : 'You do not have permission to disconnect this client and channel.'
  }
  if (error.isNotFound) return 'The client or a channel no longer exists. Refresh the page.'
  if (error.status === 422) {
    return mode === 'connect'
      ? 'Magistrala refused the connection: the client and channels must be enabled and belong to this domain. Enable them and try again.'
      : 'Magistrala refused to disconnect: the client and channels must belong to this domain.'
  }
  return errorMessage(error)
}
