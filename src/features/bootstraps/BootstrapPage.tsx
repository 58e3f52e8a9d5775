import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate, useParams, type UIMatch } from 'react-router-dom'
import { isApiError } from '../../api/errors'
import { EmptyState, ErrorState, Skeleton } from '../../components/ui/StateViews'
import { useToast } from '../../components/ui/Toasts'
import { IconInfo } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { bootstrapPermissions } from './bootstrap-permissions'
import { BootstrapDetailsCard } from './BootstrapDetailsCard'
import { BootstrapHeader } from './BootstrapHeader'
import { configName } from './bootstraps-columns'
import { DeleteBootstrapDialog } from './DeleteBootstrapDialog'
import { EditCertsDialog } from './EditCertsDialog'
import { EditChannelsDialog } from './EditChannelsDialog'
import { EncryptionCard } from './EncryptionCard'
import { bootstrapQueries } from '../../data/bootstraps'
import { TestBootstrapPanel } from './TestBootstrapPanel'
import './bootstraps.css'

function BootstrapCrumb({ domainId, configId }: { domainId: string; configId: string }) {
  const config = useQuery(bootstrapQueries.detail(domainId, configId))
  return <>{config.data ? configName(config.data) : 'Configuration'}</>
}

export const handle = {
  crumb: (match: UIMatch) => <BootstrapCrumb domainId={match.params.domainId ?? ''} configId={match.params.configId ?? ''} />,
}

type Editing = 'channels' | 'certs' | 'delete' | null

/** One configuration: every field, its state, its certificates, and a device's-eye test. */
export function BootstrapPage() {
  const current = useCurrentDomain()
  const { domain } = current
  const { configId = '' } = useParams()
  const navigate = useNavigate()
  const toast = useToast()
  const config = useQuery(bootstrapQueries.detail(domain.id, configId))
  // The client adds the user's roles on it to the permissions; without it, domain roles decide.
  const client = useQuery({ ...bootstrapQueries.client(domain.id, configId), enabled: config.isSuccess })
  const [editing, setEditing] = useState<Editing>(null)

  if (config.isError && !config.data) {
    if (isApiError(config.error) && (config.error.isNotFound || config.error.status === 400)) {
      return (
        <EmptyState
          title="Configuration not found"
          description="It may have been deleted, or the link is wrong."
          action={
            <Link className="btn btn-primary btn-md" to={`/${domain.id}/bootstraps`}>
              Back to bootstraps
            </Link>
          }
        />
      )
    }
    return <ErrorState error={config.error} onRetry={() => config.refetch()} title="Could not load the configuration" />
  }
  const data = config.data
  if (!data) {
    return (
      <div className="stack" aria-busy="true">
        <Skeleton width={280} height={28} />
        <Skeleton height={240} />
      </div>
    )
  }

  const { changeReason, stateReason, deleteReason } = bootstrapPermissions(current, client.data)
  const close = (open: boolean) => !open && setEditing(null)
  return (
    <>
      <BootstrapHeader
        domainId={domain.id}
        config={data}
        client={client.data}
        stateReason={stateReason}
        deleteReason={deleteReason}
        onDelete={() => setEditing('delete')}
      />
      {data.state === 0 && (
        <p className="bs-callout bs-callout-warning">
          <IconInfo size={16} />
          <span>
            This configuration is <strong>disabled</strong>: its client is not connected to its channels yet. <strong>Enable</strong> it to
            connect the client to its {data.channels.length === 1 ? 'channel' : `${data.channels.length} channels`} (publish and subscribe).
            The device can fetch the configuration either way: the bootstrap service (v0.20.0) does not check the state.
          </span>
        </p>
      )}
      <div className="bs-layout">
        <BootstrapDetailsCard
          domainId={domain.id}
          config={data}
          client={client.data}
          changeReason={changeReason}
          onEditChannels={() => setEditing('channels')}
        />
        <div className="bs-side">
          <EncryptionCard config={data} changeReason={changeReason} onEdit={() => setEditing('certs')} />
          <TestBootstrapPanel key={`${data.state}`} config={data} />
        </div>
      </div>
      {editing === 'channels' && <EditChannelsDialog domainId={domain.id} config={data} open onOpenChange={close} />}
      {editing === 'certs' && <EditCertsDialog domainId={domain.id} config={data} onClose={() => close(false)} />}
      <DeleteBootstrapDialog
        domainId={domain.id}
        config={editing === 'delete' ? data : null}
        onOpenChange={close}
        onDeleted={() => {
          toast({ tone: 'success', title: 'Configuration deleted' })
          navigate(`/${domain.id}/bootstraps`)
        }}
      />
    </>
  )
}
