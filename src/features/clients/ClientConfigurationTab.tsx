import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router-dom'
import type { Client } from '../../api/schemas/client'
import { Skeleton } from '../../components/ui/StateViews'
import { IconInfo } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { entityPermissions } from '../../lib/permissions'
import { ClientActivityCard } from './ClientActivityCard'
import { ClientDetailsCard } from './ClientDetailsCard'
import { DeleteClientCard } from './DeleteClientCard'
import { clientQueries } from '../../data/clients'

/** The client's activity, its own fields edited in place, and its deletion. */
export function ClientConfigurationTab() {
  const { domain } = useCurrentDomain()
  const { clientId = '' } = useParams()
  const client = useQuery(clientQueries.detail(domain.id, clientId))
  if (!client.data) return <Skeleton height={160} />
  return <ClientConfiguration client={client.data} />
}

function ClientConfiguration({ client }: { client: Client }) {
  const current = useCurrentDomain()
  const { domain } = current
  const permissions = entityPermissions(current, 'client', client)
  return (
    <div className="stack">
      <p className="callout" role="note">
        <IconInfo />
        Changes apply to a device that is already connected the next time it reconnects.
      </p>
      <ClientActivityCard domainId={domain.id} clientId={client.id} />
      <ClientDetailsCard domainId={domain.id} client={client} permissions={permissions} />
      <DeleteClientCard domainId={domain.id} client={client} disabledReason={permissions.reason('delete', 'delete this client')} />
    </div>
  )
}
