import type { BootstrapConfig } from '../../api/schemas/bootstrap'
import type { Client } from '../../api/schemas/client'
import { Button } from '../../components/ui/Button'
import { useToast } from '../../components/ui/Toasts'
import { IconTrash } from '../../components/ui/icons'
import { stateChangeError } from './bootstrap-permissions'
import { configName } from './bootstraps-columns'
import { StateBadge } from './StateBadge'
import { useSetBootstrapState } from '../../data/bootstraps'

type Props = {
  domainId: string
  config: BootstrapConfig
  client: Client | undefined
  stateReason: string | null
  deleteReason: string | null
  onDelete: () => void
}

/** Title, state, and the page's enable/disable and delete actions. */
export function BootstrapHeader({ domainId, config, client, stateReason, deleteReason, onDelete }: Props) {
  const toast = useToast()
  const setState = useSetBootstrapState(domainId)
  const enabled = config.state === 1
  // Enabling connects the client to channels, which the channels service refuses for a disabled client.
  const clientReason = !enabled && client?.status === 'disabled' ? 'The client is disabled: enable the client first' : null
  const toggle = () =>
    setState.mutate(
      { configId: config.client_id, state: enabled ? 0 : 1 },
      {
        onSuccess: () => toast({ tone: 'success', title: enabled ? 'Configuration disabled' : 'Configuration enabled' }),
        onError: (error) =>
          toast({
            tone: 'error',
            title: enabled ? 'Could not disable the configuration' : 'Could not enable the configuration',
            description: stateChangeError(error),
          }),
      },
    )
  return (
    <div className="page-header">
      <div className="bs-title-row">
        <h1 className="page-title truncate" title={configName(config)}>
          {configName(config)}
        </h1>
        <StateBadge state={config.state} />
      </div>
      <div className="page-actions">
        <Button
          variant={enabled ? 'secondary' : 'primary'}
          loading={setState.isPending}
          disabledReason={stateReason ?? clientReason}
          onClick={toggle}
        >
          {enabled ? 'Disable' : 'Enable'}
        </Button>
        <Button variant="danger" icon={<IconTrash />} disabledReason={deleteReason} onClick={onDelete}>
          Delete
        </Button>
      </div>
    </div>
  )
}
