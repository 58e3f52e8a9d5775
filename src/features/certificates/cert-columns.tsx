import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { errorMessage, isApiError } from '../../api/errors'
import type { Cert } from '../../api/schemas/cert'
import { Badge } from '../../components/ui/Badge'
import { CopyButton } from '../../components/ui/CopyButton'
import { createColumns } from '../../components/ui/DataTable'
import { Menu } from '../../components/ui/Menu'
import { RelativeTime } from '../../components/ui/RelativeTime'
import { IconEye, IconMore, IconRefresh, IconX } from '../../components/ui/icons'
import { inspectCertificate } from '../../lib/x509'

export const serialOf = (cert: Cert) => cert.serial_number ?? ''

/**
 * The certs service has no authorization case in its error encoder: a refusal is a 500 that still
 * carries the auth service's message.
 */
export function certErrorMessage(error: unknown) {
  if (isApiError(error) && error.is('authorization', 500)) {
    return 'Magistrala refused: your role in this domain does not allow this (the certs service answers a refusal with a 500).'
  }
  return errorMessage(error)
}

const column = createColumns<Cert>()

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

type CertActions = {
  now: number
  /** Why revoking is refused to this user, or null. */
  revokeReason: string | null
  onView: (cert: Cert) => void
  onRenew: (cert: Cert) => void
  onRevoke: (cert: Cert) => void
}

/** The certificates table's columns: serial, common name, expiry, status and a menu of actions. */
export function useCertColumns({ now, revokeReason, onView, onRenew, onRevoke }: CertActions) {
  return useMemo(
    () => [
      column.accessor('serial_number', {
        header: 'Serial',
        meta: { phone: true },
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
        meta: { phone: true },
        cell: ({ row }) => {
          const status = statusOf(row.original, now)
          return <Badge tone={status.tone}>{status.label}</Badge>
        },
      }),
      column.display({
        id: 'actions',
        header: '',
        meta: { className: 'col-actions', label: 'Actions', phone: true },
        cell: ({ row }) => {
          const cert = row.original
          const revokedReason = cert.revoked ? 'This certificate is revoked' : null
          return (
            <Menu
              label={`Actions for certificate ${serialOf(cert)}`}
              trigger={<IconMore />}
              items={[
                { label: 'View details', icon: <IconEye />, onSelect: () => onView(cert) },
                { label: 'Renew', icon: <IconRefresh />, disabledReason: revokedReason, onSelect: () => onRenew(cert) },
                'separator',
                {
                  label: 'Revoke',
                  icon: <IconX />,
                  tone: 'danger',
                  disabledReason: revokedReason ?? revokeReason,
                  onSelect: () => onRevoke(cert),
                },
              ]}
            />
          )
        },
      }),
    ],
    [now, revokeReason, onView, onRenew, onRevoke],
  )
}
