import { useQuery } from '@tanstack/react-query'
import { Link, NavLink, Outlet, useParams, type UIMatch } from 'react-router-dom'
import { isApiError } from '../../api/errors'
import { StatusBadge } from '../../components/ui/Badge'
import { CopyButton } from '../../components/ui/CopyButton'
import { EmptyState, ErrorState, Skeleton } from '../../components/ui/StateViews'
import { useCurrentDomain } from '../../lib/current-domain'
import { authMethodOf } from '../../lib/auth-method'
import { LastSeen } from './LastSeen'
import { clientName } from './clients-columns'
import { certQueries } from '../../data/certificates'
import { clientQueries } from '../../data/clients'
import { telemetryQueries } from '../../data/telemetry'
import './clients.css'

function ClientCrumb({ domainId, clientId }: { domainId: string; clientId: string }) {
  const client = useQuery(clientQueries.detail(domainId, clientId))
  return <>{client.data ? clientName(client.data) : 'Client'}</>
}

export const handle = {
  crumb: (match: UIMatch) => <ClientCrumb domainId={match.params.domainId ?? ''} clientId={match.params.clientId ?? ''} />,
}

const TABS = [
  { to: '', label: 'Configuration', end: true },
  { to: 'certificates', label: 'Certificates' },
  { to: 'connections', label: 'Connections' },
  { to: 'connect', label: 'Connect' },
  { to: 'messages', label: 'Messages' },
  { to: 'roles', label: 'Roles' },
  { to: 'members', label: 'Members' },
  { to: 'audit-logs', label: 'Audit logs' },
]

/** A client's page: its header and tab bar; each tab is a child route. */
export function ClientLayout() {
  const { domain } = useCurrentDomain()
  const { clientId = '' } = useParams()
  const client = useQuery(clientQueries.detail(domain.id, clientId))
  const telemetry = useQuery({ ...telemetryQueries.ofClient(domain.id, clientId), enabled: client.isSuccess })
  const certs = useQuery({ ...certQueries.ofClient(domain.id, clientId), enabled: client.isSuccess })

  if (client.isError && !client.data) {
    if (isApiError(client.error) && (client.error.isNotFound || client.error.status === 400 || client.error.isForbidden)) {
      // Authorization comes before the lookup: an unknown client is a 403 to anyone but a super-admin.
      return (
        <EmptyState
          title={client.error.isForbidden ? 'Client not found, or not yours to see' : 'Client not found'}
          description={
            client.error.isForbidden
              ? 'It may have been deleted, the link may be wrong, or your role gives you no access to it: Magistrala answers all three alike (403).'
              : 'It may have been deleted, or the link is wrong.'
          }
          action={
            <Link className="btn btn-primary btn-md" to={`/${domain.id}/clients`}>
              Back to clients
            </Link>
          }
        />
      )
    }
    return <ErrorState error={client.error} onRetry={() => client.refetch()} title="Could not load the client" />
  }

  const data = client.data
  return (
    <>
      <div className="entity-header">
        <div className="title-row">
          {data ? (
            <>
              <h1 className="page-title truncate" title={clientName(data)}>
                {clientName(data)}
              </h1>
              <StatusBadge status={data.status} />
              <span className="badge">{authMethodOf(data, certs.data?.certificates)}</span>
              <span className="client-last-seen">
                Last seen <LastSeen telemetry={telemetry.data} loading={telemetry.isPending} error={telemetry.error} />
              </span>
            </>
          ) : (
            <Skeleton width={260} height={28} />
          )}
        </div>
        <div className="id-row">
          <span className="muted">ID</span>
          {data ? (
            <>
              <code>{data.id}</code>
              <CopyButton value={data.id} label="Copy client ID" />
            </>
          ) : (
            <Skeleton width={280} />
          )}
        </div>
      </div>
      <nav className="tabs" aria-label="Client sections">
        {TABS.map((tab) => (
          <NavLink key={tab.label} to={tab.to} end={tab.end} className={({ isActive }) => `tab${isActive ? ' is-active' : ''}`}>
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <div className="tab-panel">
        <Outlet />
      </div>
    </>
  )
}
