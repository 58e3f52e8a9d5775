import type { UseFormSetError } from 'react-hook-form'
import { errorMessage, isApiError } from '../../api/errors'
import { findBootstrapOfClient } from '../../data/bootstraps'
import type { CreateBootstrapValues } from './bootstrap-forms'

/** Puts the server's refusal on the field it is about, or at the top of the form. */
export async function explainCreateError(
  error: unknown,
  values: CreateBootstrapValues,
  domainId: string,
  setError: UseFormSetError<CreateBootstrapValues>,
) {
  if (isApiError(error)) {
    if (error.isConflict) {
      // 422 `failed to add bootstrap configuration`: a taken external id or a client that already has a
      // config; the server does not say which.
      const existing = values.client_id ? await findBootstrapOfClient(domainId, values.client_id).catch(() => null) : null
      if (existing)
        setError('client_id', {
          message: 'This client already has a configuration: pick another, or leave it empty to create a new client.',
        })
      else setError('external_id', { message: 'Another configuration already uses this external ID.' })
      return
    }
    if (error.status === 400 && /malformed/.test(error.message)) {
      setError('channels', { message: 'One of these channels no longer exists: pick the channels again.' })
      return
    }
    // The console creates the configuration's new client itself (data/bootstraps.ts): a refusal there is the clients service's.
    if (!values.client_id && error.service === 'clients' && error.isForbidden) {
      setError('root.server', { message: 'Your role cannot create clients (needs “client_create”): pick an existing client.' })
      return
    }
    // The service fetches the client through the SDK and wraps any refusal in an untyped error: an
    // empty 500 (bootstrap v0.20.0 `client()`).
    if (error.status === 500 && !error.message && values.client_id) {
      setError('client_id', { message: 'Magistrala could not use this client: it no longer exists, or your role cannot read it.' })
      return
    }
  }
  setError('root.server', { message: errorMessage(error) })
}
