import type { BootstrapConfig } from '../../api/schemas/bootstrap'
import { FormDialog } from '../../components/ui/FormDialog'
import { useToast } from '../../components/ui/Toasts'
import { CERT_FIELDS, CertsForm, toCertsRequest, type CertsFormValues } from './bootstrap-forms'
import { useUpdateBootstrapCerts } from '../../data/bootstraps'
import { EncryptionFields } from './EncryptionFields'

type Props = { domainId: string; config: BootstrapConfig; onClose: () => void }

const defaultsOf = (config: BootstrapConfig): CertsFormValues => ({
  client_cert: config.client_cert ?? '',
  client_key: '',
  ca_cert: config.ca_cert ?? '',
})

/**
 * Mounted only while open, so it starts from the saved values each time.
 * The service replaces all three values at once and never shows the stored key, so the key is typed again.
 */
export function EditCertsDialog({ domainId, config, onClose }: Props) {
  const toast = useToast()
  const update = useUpdateBootstrapCerts(domainId, config.client_id)
  return (
    <FormDialog
      title="Edit encryption settings"
      description="Saving replaces all three values."
      size="lg"
      modalLock
      submitLabel="Save"
      schema={CertsForm}
      defaults={defaultsOf(config)}
      onSubmit={async (values) => {
        await update.mutateAsync(toCertsRequest(values))
        toast({ tone: 'success', title: 'Encryption settings saved' })
        onClose()
      }}
      onClose={onClose}
    >
      {({ register, formState: { errors } }) => (
        <EncryptionFields
          registrations={{ client_cert: register('client_cert'), client_key: register('client_key'), ca_cert: register('ca_cert') }}
          errors={Object.fromEntries(CERT_FIELDS.map((name) => [name, errors[name]?.message]))}
          keyHint="The server never shows a stored key: paste it again to keep one, or leave this empty to remove it. PEM or base64-encoded DER."
        />
      )}
    </FormDialog>
  )
}
