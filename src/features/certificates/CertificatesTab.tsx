import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useParams } from 'react-router-dom'
import { errorMessage, isApiError } from '../../api/errors'
import type { Cert, RenewedCert } from '../../api/schemas/cert'
import { CertificateDetails } from '../../components/CertificateDetails'
import { Badge } from '../../components/ui/Badge'
import { Button } from '../../components/ui/Button'
import { ConfirmDialog } from '../../components/ui/ConfirmDialog'
import { CopyButton } from '../../components/ui/CopyButton'
import { DataTable, createColumns } from '../../components/ui/DataTable'
import { Dialog } from '../../components/ui/Dialog'
import { Menu } from '../../components/ui/Menu'
import { RelativeTime } from '../../components/ui/RelativeTime'
import { EmptyState } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconDownload, IconEye, IconInfo, IconMore, IconPlus, IconRefresh, IconShield, IconX } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { downloadText } from '../../lib/download'
import { useNow } from '../../lib/use-now'
import { inspectCertificate } from '../../lib/x509'
import { isDomainAdmin } from '../../lib/permissions'
import { formatDateTime } from '../../lib/format'
import { tableStatus } from '../../lib/table-state'
import { IssueCertificateDialog, KeyOnceDialog, PemBlock } from './IssueCertificateDialog'
import { certQueries, useCertMutations, fetchCA } from '../../data/certificates'
import { clientQueries } from '../../data/clients'
import './certificates.css'

const REVOKE_NEEDS_ADMIN = 'Revoking needs domain admin rights (the certs service asks the domain’s “admin” permission)'

/**
 * The certs service has no authorization case in its error encoder: a refusal is a 500 that still
 * carries the auth service's message.
 */
function certErrorMessage(error: unknown) {
  if (isApiError(error) && error.is('authorization', 500)) {
    return 'Magistrala refused: your role in this domain does not allow this (the certs service answers a refusal with a 500).'
  }
  return errorMessage(error)
}

const column = createColumns<Cert>()
const serialOf = (cert: Cert) => cert.serial_number ?? ''

function statusOf(cert: Cert, now: number) {
  if (cert.revoked) return { tone: 'danger' as const, label: 'Revoked' }
  if (cert.expiry_time && Date.parse(cert.expiry_time) < now) return { tone: 'warning' as const, label: 'Expired' }
  return { tone: 'success' as const, label: 'Valid' }
}

function CommonName({ pem }: { pem: string | undefined }) {
  const info = useQuery({
    queryKey: ['x509', pem],
    queryFn: () => inspectCertificate(pem ?? ''),
    enabled: Boolean(pem),
    staleTime: Infinity,
  })
  return <span className="truncate">{info.data?.subjectCN ?? '—'}</span>
}

/** The client's certificates from the certs service: issue, renew, revoke, inspect. */
export function CertificatesTab() {
  const current = useCurrentDomain()
  const { domain } = current
  const { clientId = '' } = useParams()
  const toast = useToast()
  const client = useQuery(clientQueries.detail(domain.id, clientId))
  const certs = useQuery(certQueries.ofClient(domain.id, clientId))
  const { renew, revoke } = useCertMutations(domain.id, clientId)
  const [issuing, setIssuing] = useState(false)
  const [viewing, setViewing] = useState<Cert | null>(null)
  const [revoking, setRevoking] = useState<Cert | null>(null)
  const [pasted, setPasted] = useState('')
  const [renewed, setRenewed] = useState<{ from: string; cert: RenewedCert } | null>(null)
  const now = useNow()

  // The certs service asks domain membership to issue and renew, and the domain's `admin` to revoke.
  const revokeReason = isDomainAdmin(current) ? null : REVOKE_NEEDS_ADMIN
  const identity = client.data?.credentials?.identity || undefined

  const columns = useMemo(
    () => [
      column.accessor('serial_number', {
        header: 'Serial',
        cell: ({ getValue }) => (
          <span className="cell-serial">
            <code className="truncate" title={getValue()}>
              {getValue()}
            </code>
            {getValue() && <CopyButton value={getValue()!} label="Copy serial" />}
          </span>
        ),
      }),
      column.display({
        id: 'cn',
        header: 'Common name',
        cell: ({ row }) => <CommonName pem={row.original.certificate} />,
      }),
      column.accessor('expiry_time', {
        header: 'Expires',
        cell: ({ getValue }) => <RelativeTime value={getValue()} />,
      }),
      column.display({
        id: 'status',
        header: 'Status',
        cell: ({ row }) => {
          const status = statusOf(row.original, now)
          return <Badge tone={status.tone}>{status.label}</Badge>
        },
      }),
      column.display({
        id: 'actions',
        header: '',
        meta: { className: 'col-actions', label: 'Actions' },
        cell: ({ row }) => {
          const cert = row.original
          const revokedReason = cert.revoked ? 'This certificate is revoked' : null
          return (
            <Menu
              label={`Actions for certificate ${serialOf(cert)}`}
              trigger={<IconMore />}
              items={[
                { label: 'View details', icon: <IconEye />, onSelect: () => setViewing(cert) },
                {
                  label: 'Renew',
                  icon: <IconRefresh />,
                  disabledReason: revokedReason,
                  onSelect: () =>
                    renew.mutate(serialOf(cert), {
                      onSuccess: (answer) => setRenewed({ from: serialOf(cert), cert: answer.certificate }),
                      onError: (error) =>
                        toast({ tone: 'error', title: 'Could not renew the certificate', description: certErrorMessage(error) }),
                    }),
                },
                'separator',
                {
                  label: 'Revoke',
                  icon: <IconX />,
                  tone: 'danger',
                  disabledReason: revokedReason ?? revokeReason,
                  onSelect: () => setRevoking(cert),
                },
              ]}
            />
          )
        },
      }),
    ],
    [revokeReason, renew, toast, now],
  )

  const downloadCA = async () => {
    try {
      const ca = await fetchCA()
      downloadText(ca.certificate ?? '', 'ca.crt', 'application/x-pem-file')
    } catch (error) {
      toast({ tone: 'error', title: 'Could not download the CA certificate', description: errorMessage(error) })
    }
  }

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
            <Button variant="primary" icon={<IconPlus />} onClick={() => setIssuing(true)}>
              Issue certificate
            </Button>
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
              action={
                <Button variant="primary" icon={<IconPlus />} onClick={() => setIssuing(true)}>
                  Issue certificate
                </Button>
              }
            />
          }
        />
      </section>

      <section className="card" aria-labelledby="inspect-title">
        <h2 id="inspect-title" className="card-title">
          Check a certificate
        </h2>
        <p className="muted inspect-hint">
          Paste a PEM certificate to see what it says and whether it fits this client. Nothing is sent to the server.
        </p>
        <textarea
          className="textarea mono-input"
          rows={5}
          aria-label="Certificate to check (PEM)"
          placeholder={'-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----'}
          value={pasted}
          spellCheck={false}
          onChange={(e) => setPasted(e.target.value)}
        />
        {pasted.trim() && <CertificateDetails pem={pasted} expectedCN={identity} />}
      </section>

      {issuing && (
        <IssueCertificateDialog
          domainId={domain.id}
          clientId={clientId}
          defaultCN={identity ?? client.data?.name ?? ''}
          onClose={() => setIssuing(false)}
        />
      )}
      {renewed && (
        <KeyOnceDialog title="Certificate renewed" cert={renewed.cert} onClose={() => setRenewed(null)}>
          <p className="callout" role="note">
            <IconInfo size={16} />
            <span>
              Magistrala issued a new certificate for the same subject, serial <code>{renewed.cert.serial_number}</code>, valid until{' '}
              {formatDateTime(renewed.cert.expiry_time)}. It is <strong>not linked to this client</strong>: it does not appear in this list,
              and only the device you install it on knows it. The old certificate (<code>{renewed.from}</code>) stays valid until it expires
              or is revoked.
            </span>
          </p>
        </KeyOnceDialog>
      )}
      {viewing && (
        <Dialog open onOpenChange={(open) => !open && setViewing(null)} title="Certificate" size="lg">
          <div className="stack">
            <CertificateDetails pem={viewing.certificate ?? ''} expectedCN={identity} />
            <PemBlock label="Certificate" text={viewing.certificate ?? ''} filename={`${serialOf(viewing).replace(/:/g, '')}.crt`} />
          </div>
        </Dialog>
      )}
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && (setRevoking(null), revoke.reset())}
        title="Revoke this certificate?"
        description="Devices presenting it are refused from now on. A revoked certificate cannot be renewed."
        confirmLabel="Revoke certificate"
        pending={revoke.isPending}
        error={revoke.error ? certErrorMessage(revoke.error) : null}
        onConfirm={() =>
          revoking &&
          revoke.mutate(serialOf(revoking), {
            onSuccess: () => {
              setRevoking(null)
              toast({ tone: 'success', title: 'Certificate revoked' })
            },
          })
        }
      />
    </div>
  )
}
