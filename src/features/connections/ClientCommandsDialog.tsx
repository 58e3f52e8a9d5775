import { useQuery } from '@tanstack/react-query'
import type { Channel } from '../../api/schemas/channel'
import type { Client } from '../../api/schemas/client'
import { ConnectCommandsDialog } from '../../components/messaging/ConnectCommandsDialog'
import { certQueries } from '../../data/certificates'
import { authMethodOf } from '../../lib/auth-method'
import { channelName } from './names'

/** The connect commands for one client on one of its channels, with the types it has there. */
export function ClientCommandsDialog({
  domainId,
  client,
  channel,
  onClose,
}: {
  domainId: string
  client: Client
  channel: Channel
  onClose: () => void
}) {
  const certs = useQuery(certQueries.ofClient(domainId, client.id))
  return (
    <ConnectCommandsDialog
      channelName={channelName(channel)}
      target={{
        domainId,
        channelId: channel.id,
        clientId: client.id,
        secret: client.credentials?.secret ?? '',
        types: channel.connection_types ?? [],
        certificate: authMethodOf(client, certs.data?.certificates) === 'Certificate',
      }}
      onClose={onClose}
    />
  )
}
