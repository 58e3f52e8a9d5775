import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import * as z from 'zod/mini'
import type { ConnectionType } from '../../api/schemas/channel'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { FormError } from '../../components/ui/Field'
import { useToast } from '../../components/ui/Toasts'
import { useCurrentDomain } from '../../lib/current-domain'
import { connectionErrorMessage } from './connection-errors'
import { CONNECTION_TYPES, describeTypes, toInput } from './connection-types'
import { ConnectionTypesField } from './ConnectionTypesField'
import { useDisconnect } from '../../data/connections'

const DisconnectForm = z.object({
  types: z.array(z.enum(['publish', 'subscribe'])).check(z.minLength(1, 'Choose the type to remove')),
})
type DisconnectForm = z.infer<typeof DisconnectForm>

export type DisconnectTarget = {
  client: { id: string; name: string }
  channel: { id: string; name: string }
  /** The types the pair has now. */
  types: readonly ConnectionType[]
  /** From a channel's page the channel's own disconnect route is used. */
  route?: 'bulk' | 'channel'
}

/**
 * Removes Publish, Subscribe or both from one client × channel pair. A pair with a single type offers
 * just that one; removing every type removes the connection.
 */
export function DisconnectDialog({ target, onClose }: { target: DisconnectTarget; onClose: () => void }) {
  const { domain } = useCurrentDomain()
  const toast = useToast()
  const formId = useId()
  const mutation = useDisconnect(domain.id)
  const [failure, setFailure] = useState<string | null>(null)
  const present = CONNECTION_TYPES.filter((t) => target.types.includes(t))
  const form = useForm<DisconnectForm>({
    resolver: zodResolver(DisconnectForm),
    defaultValues: { types: present.length === 1 ? [toInput(present[0])] : [] },
  })
  const { errors, isSubmitting } = form.formState
  const chosen = useWatch({ control: form.control, name: 'types' })
  const removesAll = present.length > 0 && present.every((t) => chosen.includes(toInput(t)))

  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    try {
      await mutation.mutateAsync({ clientId: target.client.id, channelId: target.channel.id, types: values.types, route: target.route })
      toast({
        tone: 'success',
        title: removesAll
          ? `Disconnected ${target.client.name} from ${target.channel.name}`
          : `Removed ${describeTypes(values.types)} from ${target.channel.name}`,
      })
      onClose()
    } catch (error) {
      setFailure(connectionErrorMessage(error, 'disconnect'))
    }
  })

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Disconnect"
      description={
        <>
          <strong>{target.client.name}</strong> is connected to <strong>{target.channel.name}</strong> for{' '}
          {describeTypes(present) || 'no type'}.
        </>
      }
      size="sm"
      footer={<DialogFormFooter form={formId} submitLabel="Disconnect" submitting={isSubmitting} onCancel={onClose} tone="danger" />}
    >
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        <Controller
          control={form.control}
          name="types"
          render={({ field }) => (
            <ConnectionTypesField
              legend="Types to remove"
              options={present}
              value={field.value}
              onChange={field.onChange}
              error={errors.types?.message}
            />
          )}
        />
        <p className="muted conn-note" aria-live="polite">
          {removesAll
            ? 'The connection will be removed.'
            : chosen.length
              ? `The connection stays, without ${describeTypes(chosen)}.`
              : 'Choose what to remove.'}
        </p>
        <FormError message={failure} />
      </form>
    </Dialog>
  )
}
