import { useState, type ReactNode } from 'react'
import * as z from 'zod/mini'
import { errorMessage } from '../../api/errors'
import type { Cert, IssueCertRequest } from '../../api/schemas/cert'
import { Button } from '../../components/ui/Button'
import { CopyButton } from '../../components/ui/CopyButton'
import { Dialog } from '../../components/ui/Dialog'
import { Field } from '../../components/ui/Field'
import { FormDialog } from '../../components/ui/FormDialog'
import { IconAlert, IconDownload } from '../../components/ui/icons'
import { downloadText } from '../../lib/download'
import { useCertMutations } from '../../data/certificates'

const VALIDITY = [
  { label: '30 days', ttl: '720h' },
  { label: '90 days', ttl: '2160h' },
  { label: '1 year', ttl: '8760h' },
  { label: '2 years', ttl: '17520h' },
]

const IssueForm = z.object({
  commonName: z
    .string()
    .check(z.trim(), z.minLength(1, 'Enter the common name the device presents'), z.maxLength(64, 'At most 64 characters (X.509)')),
  ttl: z.string(),
  organization: z.string().check(z.trim()),
  unit: z.string().check(z.trim()),
})
type IssueForm = z.infer<typeof IssueForm>

const toIssueRequest = (values: IssueForm): IssueCertRequest => ({
  ttl: values.ttl,
  options: {
    common_name: values.commonName,
    ...(values.organization ? { organization: [values.organization] } : {}),
    ...(values.unit ? { organizational_unit: [values.unit] } : {}),
  },
})

type Props = { domainId: string; clientId: string; defaultCN: string; onClose: () => void }

/** Issues a certificate, then shows its private key once, with copy and download. */
export function IssueCertificateDialog({ domainId, clientId, defaultCN, onClose }: Props) {
  const { issue } = useCertMutations(domainId, clientId)
  const [issued, setIssued] = useState<Cert | null>(null)
  if (issued) return <KeyOnceDialog title="Certificate issued" cert={issued} onClose={onClose} />
  return (
    <FormDialog
      title="Issue certificate"
      description="A client certificate signed by the domain's CA, for mutual TLS."
      submitLabel="Issue certificate"
      schema={IssueForm}
      defaults={{ commonName: defaultCN, ttl: '8760h', organization: '', unit: '' }}
      onSubmit={async (values) => setIssued(await issue.mutateAsync(toIssueRequest(values)))}
      failure={(error) => `Could not issue the certificate: ${errorMessage(error)}`}
      onClose={onClose}
    >
      {({ register, formState: { errors } }) => (
        <>
          <Field label="Common name (CN)" required hint="Usually the client's identity." error={errors.commonName?.message}>
            <input className="input" {...register('commonName')} />
          </Field>
          <Field label="Valid for">
            <select className="select" {...register('ttl')}>
              {VALIDITY.map((v) => (
                <option key={v.ttl} value={v.ttl}>
                  {v.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Organization (O)" hint="Optional.">
            <input className="input" {...register('organization')} />
          </Field>
          <Field label="Organizational unit (OU)" hint="Optional.">
            <input className="input" {...register('unit')} />
          </Field>
        </>
      )}
    </FormDialog>
  )
}

type KeyOnceDialogProps = {
  title: string
  cert: Pick<Cert, 'serial_number' | 'certificate' | 'key'>
  /** What else to know about this certificate (a renewal says where it went). */
  children?: ReactNode
  onClose: () => void
}

/**
 * A new certificate with its private key, shown once: the certs service never returns the key again.
 * It closes only once the user confirms they stored the key.
 */
export function KeyOnceDialog({ title, cert, children, onClose }: KeyOnceDialogProps) {
  const [stored, setStored] = useState(false)
  const base = (cert.serial_number ?? 'client').replace(/:/g, '')
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && stored && onClose()}
      modalLock
      title={title}
      size="lg"
      footer={
        <Button variant="primary" disabledReason={stored ? null : 'Confirm you stored the private key first'} onClick={onClose}>
          Done
        </Button>
      }
    >
      <div className="stack">
        <p className="cert-warning" role="alert">
          <IconAlert /> This is the only time the private key is shown. Copy or download it now: it cannot be retrieved later.
        </p>
        {children}
        <PemBlock label="Private key" text={cert.key ?? ''} filename={`${base}.key`} />
        <PemBlock label="Certificate" text={cert.certificate ?? ''} filename={`${base}.crt`} />
        <label className="checkbox-row">
          <input type="checkbox" className="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />I have stored the
          private key
        </label>
      </div>
    </Dialog>
  )
}

export function PemBlock({ label, text, filename }: { label: string; text: string; filename: string }) {
  return (
    <div className="pem-block">
      <div className="pem-block-header">
        <strong>{label}</strong>
        <span className="spacer" />
        <CopyButton value={text} label={`Copy ${label.toLowerCase()}`} />
        <Button size="sm" variant="ghost" icon={<IconDownload />} onClick={() => downloadText(text, filename, 'application/x-pem-file')}>
          Download
        </Button>
      </div>
      <textarea className="textarea mono-input" readOnly rows={6} value={text} aria-label={label} spellCheck={false} />
    </div>
  )
}
