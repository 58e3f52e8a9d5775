import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { useController, useForm } from 'react-hook-form'
import { useNavigate } from 'react-router-dom'
import * as z from 'zod/mini'
import { errorMessage, isApiError } from '../../api/errors'
import { NAME_MAX } from '../../api/schemas/common'
import { ROUTE_PATTERN } from '../../api/schemas/channel'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field, FormError } from '../../components/ui/Field'
import { TagsInput } from '../../components/ui/TagsInput'
import { useToast } from '../../components/ui/Toasts'
import { useCurrentDomain } from '../../lib/current-domain'
import { channelName } from './names'
import { useCreateChannel } from '../../data/channels'

const CreateChannelForm = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'Enter a name'), z.maxLength(NAME_MAX, `At most ${NAME_MAX} characters`)),
  route: z.string().check(
    z.trim(),
    z.refine((route) => route === '' || ROUTE_PATTERN.test(route), 'A letter, then up to 35 letters, digits, “_” or “-”'),
    z.refine((route) => !route.includes('__') && !route.includes('--'), 'No “__” or “--”'),
  ),
  tags: z.array(z.string()),
})
type CreateChannelForm = z.infer<typeof CreateChannelForm>

/** Creates a channel in the current domain, then opens it. */
export function CreateChannelDialog({ onClose }: { onClose: () => void }) {
  const { domain } = useCurrentDomain()
  const navigate = useNavigate()
  const toast = useToast()
  const formId = useId()
  const mutation = useCreateChannel(domain.id)
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<CreateChannelForm>({ resolver: zodResolver(CreateChannelForm), defaultValues: { name: '', route: '', tags: [] } })
  const { errors, isSubmitting } = form.formState
  const tags = useController({ control: form.control, name: 'tags' })

  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    try {
      const channel = await mutation.mutateAsync({
        name: values.name,
        ...(values.route ? { route: values.route } : {}),
        ...(values.tags.length ? { tags: values.tags } : {}),
      })
      toast({ tone: 'success', title: `Created ${channelName(channel)}` })
      onClose()
      navigate(`/${domain.id}/channels/${channel.id}`)
    } catch (error) {
      // Routes are unique per domain; the service answers a taken one as a conflict.
      if (isApiError(error) && error.isConflict && values.route) form.setError('route', { message: 'Another channel uses this route' })
      else setFailure(`Could not create the channel: ${errorMessage(error)}`)
    }
  })

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Create channel"
      modalLock
      footer={<DialogFormFooter form={formId} submitLabel="Create" submitting={isSubmitting} onCancel={onClose} />}
    >
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        <Field label="Name" required error={errors.name?.message}>
          <input className="input" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field
          label="Route"
          error={errors.route?.message}
          hint="Optional: a short name for the channel in message topics, unique in the domain."
        >
          <input className="input mono-input" autoComplete="off" spellCheck={false} {...form.register('route')} />
        </Field>
        <Field label="Tags" error={errors.tags?.message}>
          <TagsInput value={tags.field.value} onChange={tags.field.onChange} label="Tags" />
        </Field>
        <FormError message={failure} />
      </form>
    </Dialog>
  )
}
