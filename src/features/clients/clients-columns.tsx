import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Ref } from 'react'
import type { Cert } from '../../api/schemas/cert'
import type { Client } from '../../api/schemas/client'
import { createColumns, type DataTableColumn } from '../../components/ui/DataTable'
import { Menu } from '../../components/ui/Menu'
import { createdColumn, idColumn, nameLinkColumn, statusColumn, tagsColumn } from '../../components/ui/table-columns'
import { IconKey, IconMore, IconPencil, IconShield, IconTrash, IconEye } from '../../components/ui/icons'
import { useAfterPaint } from '../../lib/use-after-paint'
import { useSeenOnScreen } from '../../lib/use-seen-on-screen'
import { authMethodOf, type AuthMethod } from '../../lib/auth-method'
import { LastSeen } from './LastSeen'
import { certQueries } from '../../data/certificates'
import { telemetryQueries } from '../../data/telemetry'

const column = createColumns<Client>()

export const clientName = (client: Pick<Client, 'name' | 'id'>) => client.name || 'Unnamed client'

function AuthLabel({ method, ref }: { method: AuthMethod; ref?: Ref<HTMLSpanElement> }) {
  return (
    <span className="cell-auth" ref={ref}>
      {method === 'Certificate' ? <IconShield size={14} /> : <IconKey size={14} />}
      {method}
    </span>
  )
}

/**
 * The client's certificates as last heard: the domain's list, or the client's own when it is newer (read on the
 * client's page, refreshed there after a certificate is issued or revoked).
 */
function knownCertificates(queryClient: QueryClient, domainId: string, clientId: string): Cert[] | undefined {
  const domain = queryClient.getQueryState(certQueries.byClient(domainId).queryKey)
  const own = queryClient.getQueryState(certQueries.ofClient(domainId, clientId).queryKey)
  if (own?.data && !(domain?.data && domain.dataUpdatedAt > own.dataUpdatedAt)) return own.data.certificates
  return domain?.data?.get(clientId)
}

function OwnCertificates({ domainId, client }: { domainId: string; client: Client }) {
  const certs = useQuery(certQueries.ofClient(domainId, client.id))
  return <AuthLabel method={authMethodOf(client, certs.data?.certificates)} />
}

/** A domain with too many certificates to list: each row on screen asks for its client's own. */
function CertificatesOnScreen({ domainId, client }: { domainId: string; client: Client }) {
  const [ref, seen] = useSeenOnScreen<HTMLSpanElement>()
  const queryClient = useQueryClient()
  if (seen) return <OwnCertificates domainId={domainId} client={client} />
  return <AuthLabel ref={ref} method={authMethodOf(client, knownCertificates(queryClient, domainId, client.id))} />
}

function DomainCertificates({ domainId, client }: { domainId: string; client: Client }) {
  const listed = useQuery(certQueries.byClient(domainId))
  const queryClient = useQueryClient()
  if (listed.data === null) return <CertificatesOnScreen domainId={domainId} client={client} />
  return <AuthLabel method={authMethodOf(client, knownCertificates(queryClient, domainId, client.id))} />
}

function LastSeenQuery({ domainId, clientId }: { domainId: string; clientId: string }) {
  const telemetry = useQuery(telemetryQueries.ofClient(domainId, clientId))
  return <LastSeen telemetry={telemetry.data} loading={telemetry.isPending} error={telemetry.error} />
}

// The per-row queries mount once the rows are painted: a new page's rows render in one synchronous pass, and fifty
// query observers (and their requests to the in-page mock) would delay them. Until then the cells show what the cache
// already holds, so a page seen before does not flicker. Certificates come from one list for the whole domain (a few
// requests, cached across pages); last seen only for rows on screen (the journal has no list of it), cached too.

function AuthCell({ domainId, client }: { domainId: string; client: Client }) {
  const painted = useAfterPaint()
  const queryClient = useQueryClient()
  // Set up for certificates already reads "Certificate": the certificates cannot change the answer.
  if (painted && authMethodOf(client) !== 'Certificate') return <DomainCertificates domainId={domainId} client={client} />
  return <AuthLabel method={authMethodOf(client, knownCertificates(queryClient, domainId, client.id))} />
}

function LastSeenCell({ domainId, clientId }: { domainId: string; clientId: string }) {
  const painted = useAfterPaint()
  const [ref, seen] = useSeenOnScreen<HTMLSpanElement>()
  const cached = useQueryClient().getQueryData(telemetryQueries.ofClient(domainId, clientId).queryKey)
  if (painted && seen) return <LastSeenQuery domainId={domainId} clientId={clientId} />
  return <LastSeen ref={ref} telemetry={cached} loading={cached === undefined} />
}

export type RowActions = {
  view: (client: Client) => void
  edit: (client: Client) => void
  remove: (client: Client) => void
  /** Why the user may not edit/delete this row (null when allowed). */
  reasons: (client: Client) => { edit: string | null; remove: string | null }
}

/** Column ids double as the API's `order` values where sortable. */
export function clientColumns(domainId: string, actions?: RowActions): DataTableColumn<Client>[] {
  return [
    nameLinkColumn<Client>({ name: clientName, href: (client) => `/${domainId}/clients/${client.id}` }),
    idColumn<Client>('Copy client ID'),
    tagsColumn<Client>(),
    statusColumn<Client>(),
    column.display({
      id: 'auth',
      header: 'Authentication',
      enableSorting: false,
      meta: { className: 'col-auth' },
      cell: ({ row }) => <AuthCell domainId={domainId} client={row.original} />,
    }),
    // An accessor (not a display column) so the header can sort; the page orders by telemetry itself.
    column.accessor((client) => client.id, {
      id: 'last_seen',
      header: 'Last seen',
      enableSorting: true,
      sortDescFirst: true,
      meta: { className: 'col-last-seen' },
      cell: ({ row }) => <LastSeenCell domainId={domainId} clientId={row.original.id} />,
    }),
    createdColumn<Client>(),
    ...(actions
      ? [
          column.display({
            id: 'actions',
            header: '',
            enableSorting: false,
            meta: { className: 'col-actions', label: 'Actions', phone: true },
            cell: ({ row }) => {
              const client = row.original
              const reasons = actions.reasons(client)
              return (
                <Menu
                  label={`Actions for ${clientName(client)}`}
                  trigger={<IconMore />}
                  items={[
                    { label: 'View', icon: <IconEye />, onSelect: () => actions.view(client) },
                    { label: 'Edit', icon: <IconPencil />, onSelect: () => actions.edit(client), disabledReason: reasons.edit },
                    'separator',
                    {
                      label: 'Delete',
                      icon: <IconTrash />,
                      tone: 'danger',
                      onSelect: () => actions.remove(client),
                      disabledReason: reasons.remove,
                    },
                  ]}
                />
              )
            },
          }),
        ]
      : []),
  ]
}
