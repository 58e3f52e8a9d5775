import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { errorMessage, isApiError } from '../../api/errors'
import type { Client } from '../../api/schemas/client'
import { CertificateDetails } from '../../components/CertificateDetails'
import { Button } from '../../components/ui/Button'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field } from '../../components/ui/Field'
import { MetadataEditor } from '../../components/ui/MetadataEditor'
import { TagsInput } from '../../components/ui/TagsInput'
import { IconAlert, IconEye, IconEyeOff, IconRefresh } from '../../components/ui/icons'
import { certificateProblem } from '../../lib/pem'
import { ClientForm, EMPTY_CLIENT_FORM, generateSecret, toClientCreate } from './client-form'
import { useCreateClient } from '../../data/clients'
import { useNameInUse } from './use-name-in-use'

type Props = {
  domainId: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onCreated: (client: Client) => void
}

/** Where a server error belongs in the form. */
function fieldOf(message: string): keyof ClientForm | null {
  if (/key is not available|secret/i.test(message)) return 'secret'
  if (/name/i.test(message)) return 'name'
  if (/identity/i.test(message)) return 'identity'
  if (/metadata/i.test(message)) return 'metadataText'
  return null
}

export function CreateClientDialog({ domainId, open, onOpenChange, onCreated }: Props) {
  const create = useCreateClient(domainId)
  // The id this dialog's client gets, kept across attempts until one succeeds; `unsure` once an attempt
  // ended without an answer, so that the next one looks for the client before creating it.
  const [attempt, setAttempt] = useState<{ id: string; unsure: boolean } | null>(null)
  const [showSecret, setShowSecret] = useState(false)
  const form = useForm<ClientForm>({ resolver: zodResolver(ClientForm), defaultValues: EMPTY_CLIENT_FORM, mode: 'onSubmit' })
  const { errors, isSubmitting } = form.formState
  const authMethod = useWatch({ control: form.control, name: 'authMethod' })
  const certificate = useWatch({ control: form.control, name: 'certificate' })
  const identity = useWatch({ control: form.control, name: 'identity' })
  const namesake = useNameInUse(domainId, useWatch({ control: form.control, name: 'name' }))

  const submit = form.handleSubmit(async (values) => {
    const current = attempt ?? { id: crypto.randomUUID(), unsure: false }
    try {
      const client = await create.mutateAsync({ body: { ...toClientCreate(values), id: current.id }, lookFirst: current.unsure })
      setAttempt(null)
      form.reset(EMPTY_CLIENT_FORM)
      setShowSecret(false)
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

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Create client"
      description="A device or application that connects to this domain's channels."
      size="lg"
      modalLock={form.formState.isDirty}
      footer={
        <DialogFormFooter
          form="create-client-form"
          submitLabel="Create client"
          submitting={isSubmitting}
          onCancel={() => onOpenChange(false)}
        />
      }
    >
      <form id="create-client-form" className="form-grid" onSubmit={submit} noValidate>
        {errors.root && (
          <p className="form-error form-grid-wide" role="alert">
            {errors.root.message}
          </p>
        )}
        <Field label="Name" required error={errors.name?.message} hint={namesake.length > 0 && <NamesakeWarning count={namesake.length} />}>
          <input className="input" autoComplete="off" {...form.register('name')} />
        </Field>
        <fieldset className="radio-group">
          <legend className="field-label">Authentication</legend>
          <label className="radio">
            <input type="radio" value="credentials" {...form.register('authMethod')} />
            <span>
              <strong>Credentials</strong>
              <span className="muted">identity and secret key</span>
            </span>
          </label>
          <label className="radio">
            <input type="radio" value="certificate" {...form.register('authMethod')} />
            <span>
              <strong>Certificate</strong>
              <span className="muted">an X.509 client certificate (mTLS)</span>
            </span>
          </label>
        </fieldset>
        <Field label="Identity" hint="Optional. How the device identifies itself, e.g. a serial number." error={errors.identity?.message}>
          <input className="input" autoComplete="off" {...form.register('identity')} />
        </Field>
        <Field
          label="Key (secret)"
          hint="Optional and unique in the domain; the server generates one when empty."
          error={errors.secret?.message}
          labelAction={
            <Button
              size="sm"
              variant="ghost"
              icon={<IconRefresh />}
              onClick={() => form.setValue('secret', generateSecret(), { shouldDirty: true })}
            >
              Generate
            </Button>
          }
        >
          {(control) => (
            <div className="input-with-button">
              <input
                className="input mono-input"
                type={showSecret ? 'text' : 'password'}
                autoComplete="new-password"
                spellCheck={false}
                {...control}
                {...form.register('secret')}
              />
              <button
                type="button"
                className="btn btn-ghost btn-sm btn-icon"
                aria-label={showSecret ? 'Hide key' : 'Show key'}
                aria-pressed={showSecret}
                onClick={() => setShowSecret((v) => !v)}
              >
                {showSecret ? <IconEyeOff /> : <IconEye />}
              </button>
            </div>
          )}
        </Field>
        {authMethod === 'certificate' && (
          <div className="form-grid-wide">
            <Field label="Client certificate (PEM)" required error={errors.certificate?.message}>
              <textarea
                className="textarea mono-input"
                rows={6}
                spellCheck={false}
                placeholder={'-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----'}
                {...form.register('certificate')}
              />
            </Field>
            {!certificateProblem(certificate) && <CertificateDetails pem={certificate} expectedCN={identity.trim() || undefined} />}
          </div>
        )}
        <div className="form-grid-wide">
          <Field label="Tags" hint="Press Enter after each tag." error={errors.tags?.message}>
            {(control) => (
              <Controller
                control={form.control}
                name="tags"
                render={({ field }) => (
                  <TagsInput
                    value={field.value}
                    onChange={field.onChange}
                    id={control.id}
                    describedBy={control['aria-describedby']}
                    invalid={Boolean(control['aria-invalid'])}
                  />
                )}
              />
            )}
          </Field>
        </div>
        <div className="form-grid-wide">
          <Field
            label="Metadata"
            hint='Fields, or a JSON object such as {"model": "DS18B20", "location": "warehouse"}.'
            error={errors.metadataText?.message}
          >
            {(control) => (
              <Controller
                control={form.control}
                name="metadataText"
                render={({ field }) => (
                  <MetadataEditor
                    label="Metadata"
                    value={field.value}
                    onChange={field.onChange}
                    rows={5}
                    id={control.id}
                    describedBy={control['aria-describedby']}
                    invalid={Boolean(control['aria-invalid'])}
                  />
                )}
              />
            )}
          </Field>
        </div>
      </form>
    </Dialog>
  )
}

/** Magistrala allows it, but two clients of one name are almost always a mistake: say so, without refusing. */
function NamesakeWarning({ count }: { count: number }) {
  return (
    <span className="field-warning">
      <IconAlert size={14} /> {count === 1 ? 'Another client' : `${count} other clients`} in this domain already{' '}
      {count === 1 ? 'has' : 'have'} this name. You can still create it.
    </span>
  )
}
