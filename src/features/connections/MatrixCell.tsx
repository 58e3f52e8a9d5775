import { Fragment, useId } from 'react'
import type { Channel, ConnectionType } from '../../api/schemas/channel'
import { useToast } from '../../components/ui/Toasts'
import { connectionErrorMessage } from './connection-errors'
import { CONNECTION_TYPES, toInput } from './connection-types'
import { channelName } from './names'
import { useToggleConnection } from '../../data/connections'

type Props = {
  domainId: string
  client: { id: string; name: string; enabled: boolean }
  channel: Channel
  types: readonly ConnectionType[]
  /** Why the user may not change this pair at all (permissions), or null. */
  blocked: string | null
}

const SHORT: Record<ConnectionType, string> = { Publish: 'Pub', Subscribe: 'Sub' }

/**
 * One client × channel cell: a Publish and a Subscribe toggle. Each click saves at once; the cell shows
 * the new state straight away and goes back if the server refuses.
 */
export function MatrixCell({ domainId, client, channel, types, blocked }: Props) {
  const reasonId = useId()
  const toast = useToast()
  const toggle = useToggleConnection(domainId)
  const pendingType = toggle.isPending ? toggle.variables?.type : undefined
  return (
    <span className="matrix-cell">
      {CONNECTION_TYPES.map((type) => {
        const on = types.includes(type)
        // Magistrala refuses to connect a disabled client or channel; disconnecting them is fine.
        const reason =
          blocked ??
          (!on && !client.enabled ? 'This client is disabled: Magistrala only connects enabled clients' : null) ??
          (!on && channel.status !== 'enabled' ? 'This channel is disabled: Magistrala only connects enabled channels' : null)
        const busy = pendingType === toInput(type)
        return (
          <Fragment key={type}>
            <button
              type="button"
              className={`matrix-toggle matrix-${type.toLowerCase()}${on ? ' is-on' : ''}`}
              aria-pressed={on}
              aria-label={`${type}: ${client.name} on ${channelName(channel)}`}
              aria-disabled={reason || toggle.isPending ? true : undefined}
              aria-busy={busy || undefined}
              aria-describedby={reason ? `${reasonId}-${type}` : undefined}
              data-tooltip={reason || undefined}
              data-write
              onClick={() => {
                if (reason || toggle.isPending) return
                toggle.mutate(
                  { clientId: client.id, channel, type: toInput(type), on: !on },
                  {
                    onError: (error) =>
                      toast({
                        tone: 'error',
                        title: `Could not ${on ? 'disconnect' : 'connect'} ${client.name} (${type}) on ${channelName(channel)}`,
                        description: connectionErrorMessage(error, on ? 'disconnect' : 'connect'),
                      }),
                  },
                )
              }}
            >
              {SHORT[type]}
            </button>
            {/* Outside the button, so the reason describes it without becoming part of its name. */}
            {reason && (
              <span id={`${reasonId}-${type}`} className="visually-hidden">
                {reason}
              </span>
            )}
          </Fragment>
        )
      })}
    </span>
  )
}
