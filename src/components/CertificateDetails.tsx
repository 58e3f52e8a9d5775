import { useQuery } from '@tanstack/react-query'
import { formatDateTime } from '../lib/format'
import { useNow } from '../lib/use-now'
import { inspectCertificate } from '../lib/x509'
import { CopyButton } from './ui/CopyButton'
import { IconAlert } from './ui/icons'

const SOON_MS = 30 * 86_400_000

/**
 * What a pasted or stored PEM certificate says (parsed in the browser), with warnings when it has
 * expired or its CN is not the identity the client uses.
 */
export function CertificateDetails({ pem, expectedCN }: { pem: string; expectedCN?: string }) {
  const info = useQuery({ queryKey: ['x509', pem], queryFn: () => inspectCertificate(pem), staleTime: Infinity })
  const now = useNow()
  if (info.isPending) return null
  if (!info.data) return <p className="field-hint">The certificate could not be read.</p>
  const cert = info.data
  const warnings: string[] = []
  if (cert.notAfter.getTime() < now) warnings.push(`This certificate expired on ${formatDateTime(cert.notAfter.toISOString())}.`)
  else if (cert.notAfter.getTime() - now < SOON_MS)
    warnings.push(`This certificate expires on ${formatDateTime(cert.notAfter.toISOString())}.`)
  if (cert.notBefore.getTime() > now) warnings.push(`This certificate is not valid before ${formatDateTime(cert.notBefore.toISOString())}.`)
  if (expectedCN && cert.subjectCN && cert.subjectCN !== expectedCN) {
    warnings.push(`Its common name “${cert.subjectCN}” does not match the client's identity “${expectedCN}”.`)
  }
  return (
    <div className="cert-details">
      {warnings.map((warning) => (
        <p key={warning} className="cert-warning" role="alert">
          <IconAlert /> {warning}
        </p>
      ))}
      <dl>
        <div>
          <dt>Subject (CN)</dt>
          <dd>{cert.subjectCN ?? '—'}</dd>
        </div>
        <div>
          <dt>Issuer</dt>
          <dd>{cert.issuerCN ?? '—'}</dd>
        </div>
        <div>
          <dt>Valid</dt>
          <dd>
            {formatDateTime(cert.notBefore.toISOString())} → {formatDateTime(cert.notAfter.toISOString())}
          </dd>
        </div>
        <div>
          <dt>Serial</dt>
          <dd className="mono">{cert.serial}</dd>
        </div>
        <div>
          <dt>SHA-256 fingerprint</dt>
          <dd className="mono cert-fingerprint">
            <span>{cert.fingerprint}</span>
            <CopyButton value={cert.fingerprint} label="Copy fingerprint" />
          </dd>
        </div>
      </dl>
    </div>
  )
}
