import { errorMessage } from '../../api/errors'
import type { Client } from '../../api/schemas/client'
import { Switch } from '../../components/ui/Switch'
import { useToast } from '../../components/ui/Toasts'
import { useSetClientStatus } from '../../data/clients'

type Props = { domainId: string; client: Client; disabledReason: string | null }

/** Enables or disables the client at once; a refusal moves the switch back and says why. */
export function ClientStatusSwitch({ domainId, client, disabledReason }: Props) {
  const toast = useToast()
  const status = useSetClientStatus(domainId, client.id)
  const enabled = client.status === 'enabled'
  return (
    <Switch
      label="Client enabled"
      write
      checked={enabled}
      text={enabled ? 'Enabled' : 'Disabled'}
      disabledReason={disabledReason}
      busy={status.isPending}
      onChange={(enable) =>
        status.mutate(enable, {
          onError: (error) =>
            toast({ tone: 'error', title: `Could not ${enable ? 'enable' : 'disable'} the client`, description: errorMessage(error) }),
        })
      }
    />
  )
}
