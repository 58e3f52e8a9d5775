import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { useParams } from 'react-router-dom'
import { errorMessage } from '../../api/errors'
import type { Cert, RenewedCert } from '../../api/schemas/cert'
import { Button } from '../../components/ui/Button'
import { DataTable } from '../../components/ui/DataTable'
import { EmptyState } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconDownload, IconPlus, IconShield } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { downloadText } from '../../lib/download'
import { useNow } from '../../lib/use-now'
import { isDomainAdmin } from '../../lib/permissions'
import { tableStatus } from '../../lib/table-state'
import { CertificateCheckCard } from './CertificateCheckCard'
import { certErrorMessage, serialOf, useCertColumns } from './cert-columns'
import { CertificateDialog, RenewedCertificateDialog, RevokeCertificateDialog } from './cert-dialogs'
import { IssueCertificateDialog } from './IssueCertificateDialog'
import { certQueries, useCertMutations, fetchCA } from '../../data/certificates'
import { clientQueries } from '../../data/clients'
import './certificates.css'

const REVOKE_NEEDS_ADMIN = 'Revoking needs domain admin rights (the certs service asks the domain’s “admin” permission)'

/** The client's certificates from the certs service: issue, renew, revoke, inspect. */
export function CertificatesTab() {
  const current = useCurrentDomain()
  const { domain } = current
  const { clientId = '' } = useParams()
  const toast = useToast()
  const client = useQuery(clientQueries.detail(domain.id, clientId))
  const certs = useQuery(certQueries.ofClient(domain.id, clientId))
  const { renew } = useCertMutations(domain.id, clientId)
  const [issuing, setIssuing] = useState(false)
  const [viewing, setViewing] = useState<Cert | null>(null)
  const [revoking, setRevoking] = useState<Cert | null>(null)
  const [renewed, setRenewed] = useState<{ from: string; cert: RenewedCert } | null>(null)
  const now = useNow()

  // The certs service asks domain membership to issue and renew, and the domain's `admin` to revoke.
  const revokeReason = isDomainAdmin(current) ? null : REVOKE_NEEDS_ADMIN
  const identity = client.data?.credentials?.identity || undefined

  const onRenew = useCallback(
    (cert: Cert) =>
      renew.mutate(serialOf(cert), {
        onSuccess: (answer) => setRenewed({ from: serialOf(cert), cert: answer.certificate }),
        onError: (error) => toast({ tone: 'error', title: 'Could not renew the certificate', description: certErrorMessage(error) }),
      }),
    [renew, toast],
  )
  const columns = useCertColumns({ now, revokeReason, onView: setViewing, onRenew, onRevoke: setRevoking })

  const downloadCA = async () => {
    try {
      const ca = await fetchCA()
      downloadText(ca.certificate ?? '', 'ca.crt', 'application/x-pem-file')
    } catch (error) {
      toast({ tone: 'error', title: 'Could not download the CA certificate', description: errorMessage(error) })
    }
  }
  const issueButton = (
    <Button variant="primary" icon={<IconPlus />} onClick={() => setIssuing(true)}>
      Issue certificate
    </Button>
  )

  return (
    <div className="stack">
      <section className="card" aria-labelledby="certs-title">
        <div className="card-header">
          <h2 id="certs-title" className="card-title">
            Certificates
          </h2>
          <div className="page-actions">
            <Button icon={<IconDownload />} onClick={downloadCA}>
              Download CA certificate
            </Button>
            {issueButton}
          </div>
        </div>
        <DataTable
          label="Certificates"
          columns={columns}
          rows={certs.data?.certificates}
          getRowId={serialOf}
          {...tableStatus(certs)}
          skeletonRows={2}
          empty={
            <EmptyState
              icon={<IconShield size={22} />}
              title="No certificates"
              description="Issue one for a device that authenticates with mutual TLS."
              action={issueButton}
            />
          }
        />
      </section>
      <CertificateCheckCard expectedCN={identity} />

      {issuing && (
        <IssueCertificateDialog
          domainId={domain.id}
          clientId={clientId}
          defaultCN={identity ?? client.data?.name ?? ''}
          onClose={() => setIssuing(false)}
        />
      )}
      {renewed && <RenewedCertificateDialog from={renewed.from} cert={renewed.cert} onClose={() => setRenewed(null)} />}
      {viewing && <CertificateDialog cert={viewing} expectedCN={identity} onClose={() => setViewing(null)} />}
      <RevokeCertificateDialog domainId={domain.id} clientId={clientId} cert={revoking} onClose={() => setRevoking(null)} />
    </div>
  )
}
