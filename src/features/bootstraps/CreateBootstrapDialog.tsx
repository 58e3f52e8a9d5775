import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field, FormError } from '../../components/ui/Field'
import { CERT_FIELDS, CREATE_DEFAULTS, CreateBootstrapForm, toCreateRequest, type CreateBootstrapValues } from './bootstrap-forms'
import { ContentEditor } from './ContentEditor'
import { useCreateBootstrap } from '../../data/bootstraps'
import { explainCreateError } from './create-errors'
import { EncryptionDisclosure } from './EncryptionFields'
import { ExternalFields } from './ExternalFields'
import { ChannelPicker, ClientPicker } from './pickers'

type CreateBootstrapDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  domainId: string
  /** Without `client_create` the user must pick an existing client. */
  canCreateClient: boolean
  onCreated: (configId: string) => void
}

/** Creates a configuration (and, unless a client is picked, its client); refusals land on the field they concern. */
export function CreateBootstrapDialog({ open, onOpenChange, domainId, canCreateClient, onCreated }: CreateBootstrapDialogProps) {
  const formId = useId()
  const [showCerts, setShowCerts] = useState(false)
  const create = useCreateBootstrap(domainId)
  const form = useForm<CreateBootstrapValues>({ resolver: zodResolver(CreateBootstrapForm), defaultValues: CREATE_DEFAULTS })
  const { register, control, handleSubmit, setError, formState, reset } = form
  const { errors } = formState
  const certErrors = Object.fromEntries(CERT_FIELDS.map((name) => [name, errors[name]?.message]))
  const certsInvalid = CERT_FIELDS.some((name) => errors[name])

  const close = (next: boolean) => {
    if (!next) {
      reset(CREATE_DEFAULTS)
      setShowCerts(false)
      create.reset()
    }
    onOpenChange(next)
  }

  const submit = handleSubmit(async (values) => {
    if (!values.client_id && !canCreateClient) {
      setError('client_id', { message: 'Pick a client: your role cannot create new clients.' })
      return
    }
    try {
      const id = await create.mutateAsync(toCreateRequest(values))
      close(false)
      onCreated(id)
    } catch (error) {
      await explainCreateError(error, values, domainId, setError)
    }
  })

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Create bootstrap configuration"
      description="What a device receives the first time it connects. New configurations start disabled."
      size="lg"
      modalLock
      footer={<DialogFormFooter form={formId} submitLabel="Create" submitting={formState.isSubmitting} onCancel={() => close(false)} />}
    >
      <form id={formId} className="stack" noValidate onSubmit={submit}>
        <FormError message={errors.root?.server?.message} />
        <Field label="Name" error={errors.name?.message}>
          <input className="input" autoComplete="off" {...register('name')} />
        </Field>
        <ExternalFields form={form} />
        <Controller
          control={control}
          name="channels"
          render={({ field }) => (
            <Field
              label="Channels"
              required
              error={errors.channels?.message}
              hint="Enabling the configuration connects its client to these channels to publish and subscribe."
            >
              <ChannelPicker domainId={domainId} value={field.value} onChange={field.onChange} />
            </Field>
          )}
        />
        <Controller
          control={control}
          name="client_id"
          render={({ field }) => (
            <Field
              label="Client"
              error={errors.client_id?.message}
              hint={
                canCreateClient
                  ? 'Leave empty to have a new client created, named after its ID.'
                  : 'Pick the client this device will be: your role cannot create new clients.'
              }
            >
              <ClientPicker domainId={domainId} value={field.value} onChange={field.onChange} />
            </Field>
          )}
        />
        <Controller
          control={control}
          name="content"
          render={({ field }) => (
            <Field
              label="Content"
              error={errors.content?.message}
              hint="Free-form configuration for the device; JSON is checked as you type."
            >
              <ContentEditor value={field.value} onChange={field.onChange} rows={6} />
            </Field>
          )}
        />
        <EncryptionDisclosure
          id={`${formId}-certs`}
          open={showCerts || certsInvalid}
          onToggle={() => setShowCerts((v) => !v)}
          registrations={{ client_cert: register('client_cert'), client_key: register('client_key'), ca_cert: register('ca_cert') }}
          errors={certErrors}
        />
      </form>
    </Dialog>
  )
}
