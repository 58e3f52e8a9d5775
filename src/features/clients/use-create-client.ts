import { useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { errorMessage, isApiError } from '../../api/errors'
import type { Client } from '../../api/schemas/client'
import { useCreateClient } from '../../data/clients'
import { EMPTY_CLIENT_FORM, toClientCreate, type ClientForm } from './client-form'

/** Where a server error belongs in the form. */
function fieldOf(message: string): keyof ClientForm | null {
  if (/key is not available|secret/i.test(message)) return 'secret'
  if (/name/i.test(message)) return 'name'
  if (/identity/i.test(message)) return 'identity'
  if (/metadata/i.test(message)) return 'metadataText'
  return null
}

/**
 * The create dialog's submit: each failure lands on its field or the form, and a retry after an unanswered attempt
 * looks for the client first, under the same id, so it is never created twice.
 */
export function useCreateClientSubmit(domainId: string, form: UseFormReturn<ClientForm>, onCreated: (client: Client) => void) {
  const create = useCreateClient(domainId)
  // The id this dialog's client gets, kept across attempts until one succeeds; `unsure` once an attempt
  // ended without an answer, so that the next one looks for the client before creating it.
  const [attempt, setAttempt] = useState<{ id: string; unsure: boolean } | null>(null)

  return form.handleSubmit(async (values) => {
    const current = attempt ?? { id: crypto.randomUUID(), unsure: false }
    try {
      const client = await create.mutateAsync({ body: { ...toClientCreate(values), id: current.id }, lookFirst: current.unsure })
      setAttempt(null)
      form.reset(EMPTY_CLIENT_FORM)
      onCreated(client)
    } catch (error) {
      const message = errorMessage(error)
      const field = isApiError(error) && error.status === 400 ? fieldOf(error.message) : null
      const unsure = isApiError(error) && (error.isRetryable || error.kind === 'invalid-response')
      setAttempt({ id: current.id, unsure: current.unsure || unsure })
      if (field === 'secret')
        form.setError('secret', { message: 'This key is already used by another client in this domain. Choose another or leave it empty.' })
      else if (field) form.setError(field, { message })
      else if (unsure) {
        form.setError('root', {
          message: `Could not create the client: ${message.replace(/\.?$/, '.')} The server may have created it: trying again checks first, and never creates it twice.`,
        })
      } else form.setError('root', { message: `Could not create the client: ${message}` })
    }
  })
}
