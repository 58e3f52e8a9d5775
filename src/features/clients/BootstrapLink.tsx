import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { errorMessage } from '../../api/errors'
import { BOOTSTRAP_ACTIVE } from '../../api/schemas/bootstrap'
import { clientQueries } from '../../data/clients'
import { StatusBadge } from '../../components/ui/Badge'

/** The client's bootstrap configuration, if it has one (the configuration's id is the client's id). */
export function BootstrapLink({ domainId, clientId }: { domainId: string; clientId: string }) {
  const config = useQuery(clientQueries.bootstrap(domainId, clientId))
  if (config.isPending) return <span className="muted">Loading…</span>
  if (config.isError) return <span className="muted">Not available: {errorMessage(config.error)}</span>
  if (!config.data) return <span className="muted">None</span>
  return (
    <span className="row row-fit">
      <Link className="truncate" to={`/${domainId}/bootstraps/${clientId}`} title={config.data.name || config.data.external_id}>
        {config.data.name || config.data.external_id}
      </Link>
      <StatusBadge status={config.data.state === BOOTSTRAP_ACTIVE ? 'enabled' : 'disabled'} />
    </span>
  )
}
