import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { Controller, useForm, type UseFormSetError } from 'react-hook-form'
import { errorMessage, isApiError } from '../../api/errors'
import { Button } from '../../components/ui/Button'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field } from '../../components/ui/Field'
import { IconChevronDown, IconChevronRight, IconRefresh } from '../../components/ui/icons'
import {
  CERT_FIELDS,
  CREATE_DEFAULTS,
  CreateBootstrapForm,
  generateExternalKey,
  toCreateRequest,
  type CreateBootstrapValues,
} from './bootstrap-forms'
import { ContentEditor } from './ContentEditor'
import { EncryptionFields } from './EncryptionFields'
import { findBootstrapOfClient, useCreateBootstrap } from '../../data/bootstraps'
import { ChannelPicker, ClientPicker } from './pickers'

type CreateBootstrapDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  domainId: string
  /** Without `client_create` the user must pick an existing client. */
  canCreateClient: boolean
  onCreated: (configId: string) => void
}

/** Puts the server's refusal on the field it is about, or at the top of the form. */
async function explain(error: unknown, values: CreateBootstrapValues, domainId: string, setError: UseFormSetError<CreateBootstrapValues>) {
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
    // The console creates the configuration's new client itself (queries.ts): a refusal there is the clients service's.
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

export function CreateBootstrapDialog({ open, onOpenChange, domainId, canCreateClient, onCreated }: CreateBootstrapDialogProps) {
  const formId = useId()
  const [showCerts, setShowCerts] = useState(false)
  const create = useCreateBootstrap(domainId)
  const form = useForm<CreateBootstrapValues>({ resolver: zodResolver(CreateBootstrapForm), defaultValues: CREATE_DEFAULTS })
  const { register, control, handleSubmit, setError, setValue, formState, reset } = form
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
      await explain(error, values, domainId, setError)
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
        {errors.root?.server && (
          <p className="form-error" role="alert">
            {errors.root.server.message}
          </p>
        )}
        <Field label="Name" error={errors.name?.message}>
          <input className="input" autoComplete="off" {...register('name')} />
        </Field>
        <div className="form-grid">
          <Field
            label="External ID"
            required
            error={errors.external_id?.message}
            hint="Unique: the device's MAC address, serial number or another ID it knows."
          >
            <input className="input mono-input" autoComplete="off" spellCheck={false} {...register('external_id')} />
          </Field>
          <Field
            label="External key"
            required
            error={errors.external_key?.message}
            hint="The device presents it to fetch its configuration."
            labelAction={
              <Button
                variant="ghost"
                size="sm"
                icon={<IconRefresh size={14} />}
                onClick={() => setValue('external_key', generateExternalKey(), { shouldValidate: true, shouldDirty: true })}
              >
                Generate
              </Button>
            }
          >
            <input className="input mono-input" autoComplete="off" spellCheck={false} {...register('external_key')} />
          </Field>
        </div>
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
        <section className="disclosure">
          <button
            type="button"
            className="disclosure-toggle"
            aria-expanded={showCerts || certsInvalid}
            aria-controls={`${formId}-certs`}
            onClick={() => setShowCerts((v) => !v)}
          >
            {showCerts || certsInvalid ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            Encryption settings
            <span className="muted">(optional)</span>
          </button>
          <div id={`${formId}-certs`} className="stack" hidden={!(showCerts || certsInvalid)}>
            <EncryptionFields
              registrations={{ client_cert: register('client_cert'), client_key: register('client_key'), ca_cert: register('ca_cert') }}
              errors={certErrors}
            />
          </div>
        </section>
      </form>
    </Dialog>
  )
}
