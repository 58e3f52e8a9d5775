import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, useWatch } from 'react-hook-form'
import type { Client } from '../../api/schemas/client'
import { CertificateDetails } from '../../components/CertificateDetails'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field } from '../../components/ui/Field'
import { certificateProblem } from '../../lib/pem'
import { ClientForm, EMPTY_CLIENT_FORM } from './client-form'
import { AuthMethodField, NamesakeWarning, SecretField, TagsAndMetadataFields } from './CreateClientFields'
import { useCreateClientSubmit } from './use-create-client'
import { useNameInUse } from './use-name-in-use'

type Props = {
  domainId: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onCreated: (client: Client) => void
}

export function CreateClientDialog({ domainId, open, onOpenChange, onCreated }: Props) {
  const form = useForm<ClientForm>({ resolver: zodResolver(ClientForm), defaultValues: EMPTY_CLIENT_FORM, mode: 'onSubmit' })
  const { errors, isSubmitting } = form.formState
  const authMethod = useWatch({ control: form.control, name: 'authMethod' })
  const certificate = useWatch({ control: form.control, name: 'certificate' })
  const identity = useWatch({ control: form.control, name: 'identity' })
  const namesake = useNameInUse(domainId, useWatch({ control: form.control, name: 'name' }))
  const submit = useCreateClientSubmit(domainId, form, onCreated)

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
        <AuthMethodField form={form} />
        <Field label="Identity" hint="Optional. How the device identifies itself, e.g. a serial number." error={errors.identity?.message}>
          <input className="input" autoComplete="off" {...form.register('identity')} />
        </Field>
        <SecretField form={form} />
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
        <TagsAndMetadataFields form={form} />
      </form>
    </Dialog>
  )
}
