import type { UseFormRegisterReturn } from 'react-hook-form'
import { Field } from '../../components/ui/Field'
import { IconChevronDown, IconChevronRight } from '../../components/ui/icons'
import type { CERT_FIELDS } from './bootstrap-forms'

type CertField = (typeof CERT_FIELDS)[number]

type EncryptionFieldsProps = {
  registrations: Record<CertField, UseFormRegisterReturn>
  errors: Partial<Record<CertField, string | undefined>>
  /** Why the client key field starts empty (the server never shows a stored key). */
  keyHint?: string
}

const PEM_HINT = 'PEM (-----BEGIN CERTIFICATE-----…) or base64-encoded DER.'

/** Client certificate, client key and CA certificate: the TLS material the device receives. */
export function EncryptionFields({ registrations, errors, keyHint }: EncryptionFieldsProps) {
  return (
    <>
      <Field label="Client certificate" error={errors.client_cert} hint={PEM_HINT}>
        <textarea
          className="textarea mono-input"
          rows={5}
          spellCheck={false}
          placeholder="-----BEGIN CERTIFICATE-----"
          {...registrations.client_cert}
        />
      </Field>
      <Field
        label="Client key"
        error={errors.client_key}
        hint={keyHint ?? 'The private key of the client certificate: PEM (-----BEGIN … PRIVATE KEY-----) or base64-encoded DER.'}
      >
        <textarea
          className="textarea mono-input"
          rows={5}
          spellCheck={false}
          autoComplete="off"
          placeholder="-----BEGIN PRIVATE KEY-----"
          {...registrations.client_key}
        />
      </Field>
      <Field label="CA certificate" error={errors.ca_cert} hint={`The CA that issued the server's certificate, or a chain. ${PEM_HINT}`}>
        <textarea
          className="textarea mono-input"
          rows={5}
          spellCheck={false}
          placeholder="-----BEGIN CERTIFICATE-----"
          {...registrations.ca_cert}
        />
      </Field>
    </>
  )
}

type EncryptionDisclosureProps = EncryptionFieldsProps & {
  /** The fields' container, named by the toggle. */
  id: string
  open: boolean
  onToggle: () => void
}

/** The encryption fields folded under an "Encryption settings (optional)" toggle. */
export function EncryptionDisclosure({ id, open, onToggle, ...fields }: EncryptionDisclosureProps) {
  return (
    <section className="disclosure">
      <button type="button" className="disclosure-toggle" aria-expanded={open} aria-controls={id} onClick={onToggle}>
        {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
        Encryption settings
        <span className="muted">(optional)</span>
      </button>
      <div id={id} className="stack" hidden={!open}>
        <EncryptionFields {...fields} />
      </div>
    </section>
  )
}
