import type { Cert, RenewedCert } from '../../api/schemas/cert'
import { CertificateDetails } from '../../components/CertificateDetails'
import { ConfirmMutation } from '../../components/ui/ConfirmMutation'
import { Dialog } from '../../components/ui/Dialog'
import { IconInfo } from '../../components/ui/icons'
import { formatDateTime } from '../../lib/format'
import { certErrorMessage, serialOf } from './cert-columns'
import { KeyOnceDialog, PemBlock } from './IssueCertificateDialog'
import { useCertMutations } from '../../data/certificates'

/** One certificate read in full, with its PEM to copy or download. */
export function CertificateDialog({ cert, expectedCN, onClose }: { cert: Cert; expectedCN: string | undefined; onClose: () => void }) {
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title="Certificate" size="lg">
      <div className="stack">
        <CertificateDetails pem={cert.certificate ?? ''} expectedCN={expectedCN} />
        <PemBlock label="Certificate" text={cert.certificate ?? ''} filename={`${serialOf(cert).replace(/:/g, '')}.crt`} />
      </div>
    </Dialog>
  )
}

/** The renewed certificate and its key, shown once, with what renewing did and did not change. */
export function RenewedCertificateDialog({ from, cert, onClose }: { from: string; cert: RenewedCert; onClose: () => void }) {
  return (
    <KeyOnceDialog title="Certificate renewed" cert={cert} onClose={onClose}>
      <p className="callout" role="note">
        <IconInfo size={16} />
        <span>
          Magistrala issued a new certificate for the same subject, serial <code>{cert.serial_number}</code>, valid until{' '}
          {formatDateTime(cert.expiry_time)}. It is <strong>not linked to this client</strong>: it does not appear in this list, and only
          the device you install it on knows it. The old certificate (<code>{from}</code>) stays valid until it expires or is revoked.
        </span>
      </p>
    </KeyOnceDialog>
  )
}

type RevokeProps = { domainId: string; clientId: string; cert: Cert | null; onClose: () => void }

/** Asks before revoking `cert` (open while it is set); a refusal stays in the dialog. */
export function RevokeCertificateDialog({ domainId, clientId, cert, onClose }: RevokeProps) {
  const { revoke } = useCertMutations(domainId, clientId)
  return (
    <ConfirmMutation
      open={cert !== null}
      onClose={onClose}
      mutation={revoke}
      variables={cert ? serialOf(cert) : ''}
      title="Revoke this certificate?"
      description="Devices presenting it are refused from now on. A revoked certificate cannot be renewed."
      confirmLabel="Revoke certificate"
      describeError={certErrorMessage}
      success="Certificate revoked"
    />
  )
}
