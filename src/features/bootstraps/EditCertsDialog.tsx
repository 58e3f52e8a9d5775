import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import type { BootstrapConfig } from '../../api/schemas/bootstrap'
import { errorMessage } from '../../api/errors'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { useToast } from '../../components/ui/Toasts'
import { CERT_FIELDS, CertsForm, toCertsRequest, type CertsFormValues } from './bootstrap-forms'
import { useUpdateBootstrapCerts } from '../../data/bootstraps'
import { EncryptionFields } from './EncryptionFields'

type Props = {
  domainId: string
  config: BootstrapConfig
  open: boolean
  onOpenChange: (open: boolean) => void
}

const defaultsOf = (config: BootstrapConfig): CertsFormValues => ({
  client_cert: config.client_cert ?? '',
  client_key: '',
  ca_cert: config.ca_cert ?? '',
})

/**
 * Mounted only while open, so it starts from the saved values each time.
 * The service replaces all three values at once and never shows the stored key, so the key is typed again.
 */
export function EditCertsDialog({ domainId, config, open, onOpenChange }: Props) {
  const formId = useId()
  const toast = useToast()
  const update = useUpdateBootstrapCerts(domainId, config.client_id)
  const { register, handleSubmit, formState, setError } = useForm<CertsFormValues>({
    resolver: zodResolver(CertsForm),
    defaultValues: defaultsOf(config),
  })
  const errors = Object.fromEntries(CERT_FIELDS.map((name) => [name, formState.errors[name]?.message]))

  const close = onOpenChange

  const submit = handleSubmit(async (values) => {
    try {
      await update.mutateAsync(toCertsRequest(values))
      toast({ tone: 'success', title: 'Encryption settings saved' })
      close(false)
    } catch (error) {
      setError('root.server', { message: errorMessage(error) })
    }
  })

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Edit encryption settings"
      description="Saving replaces all three values."
      size="lg"
      modalLock
      footer={<DialogFormFooter form={formId} submitLabel="Save" submitting={formState.isSubmitting} onCancel={() => close(false)} />}
    >
      <form id={formId} className="stack" noValidate onSubmit={submit}>
        {formState.errors.root?.server && (
          <p className="form-error" role="alert">
            {formState.errors.root.server.message}
          </p>
        )}
        <EncryptionFields
          registrations={{ client_cert: register('client_cert'), client_key: register('client_key'), ca_cert: register('ca_cert') }}
          errors={errors}
          keyHint="The server never shows a stored key: paste it again to keep one, or leave this empty to remove it. PEM or base64-encoded DER."
        />
      </form>
    </Dialog>
  )
}
