import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router-dom'
import { StatusBadge, Tags } from '../../components/ui/Badge'
import { CopyButton } from '../../components/ui/CopyButton'
import { Skeleton } from '../../components/ui/StateViews'
import { useCurrentDomain } from '../../lib/current-domain'
import { formatDateTime } from '../../lib/format'
import { authMethodOf } from './auth-method'
import { clientQueries } from './queries'

/** The client's own fields. */
export function ClientConfigurationTab() {
  const { domain } = useCurrentDomain()
  const { clientId = '' } = useParams()
  const client = useQuery(clientQueries.detail(domain.id, clientId))
  const data = client.data
  if (!data) return <Skeleton height={160} />
  return (
    <section className="card" aria-labelledby="client-config-title">
      <h2 id="client-config-title" className="card-title">
        Configuration
      </h2>
      <dl className="details">
        <div>
          <dt>ID</dt>
          <dd className="details-mono">
            <code>{data.id}</code>
            <CopyButton value={data.id} label="Copy client ID" />
          </dd>
        </div>
        <div>
          <dt>Name</dt>
          <dd>{data.name || <span className="muted">Unnamed</span>}</dd>
        </div>
        <div>
          <dt>Identity</dt>
          <dd>{data.credentials?.identity || <span className="muted">—</span>}</dd>
        </div>
        <div>
          <dt>Tags</dt>
          <dd>
            <Tags tags={data.tags} max={20} />
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={data.status} />
          </dd>
        </div>
        <div>
          <dt>Authentication</dt>
          <dd>{authMethodOf(data)}</dd>
        </div>
        <div>
          <dt>Metadata</dt>
          <dd>
            <pre className="json-view">{JSON.stringify(data.metadata ?? {}, null, 2)}</pre>
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatDateTime(data.created_at)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{formatDateTime(data.updated_at)}</dd>
        </div>
      </dl>
    </section>
  )
}
