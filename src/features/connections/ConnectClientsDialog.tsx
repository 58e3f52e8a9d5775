import type { Channel } from '../../api/schemas/channel'
import { useCurrentDomain } from '../../lib/current-domain'
import { pluralize } from '../../lib/format'
import { entityPermissions } from '../../lib/permissions'
import { ConnectDialog, type CandidateSearch } from './ConnectDialog'
import { searchClients } from '../../data/clients'
import { connectionKeys, useConnectClients } from '../../data/connections'
import { channelName, clientName } from './names'

const RESULTS = 20
const CONNECTED_LOOKUP = 100

/** Connects clients to one channel (`POST /channels/{id}/connect`). */
export function ConnectClientsDialog({ channel, onClose }: { channel: Channel; onClose: () => void }) {
  const current = useCurrentDomain()
  const domainId = current.domain.id
  const mutation = useConnectClients(domainId, channel.id)

  const search: CandidateSearch = async (text, signal) => {
    const name = text || undefined
    const [page, connected] = await Promise.all([
      searchClients(domainId, { name, limit: RESULTS, status: 'all', order: 'name', dir: 'asc' }, signal),
      searchClients(domainId, { channel: channel.id, name, limit: CONNECTED_LOOKUP, status: 'all' }, signal),
    ])
    const existing = new Map(connected.clients.map((c) => [c.id, c.connection_types ?? []]))
    const complete = connected.total <= connected.clients.length
    return {
      total: page.total,
      candidates: page.clients.map((client) => ({
        id: client.id,
        label: clientName(client),
        detail: client.credentials?.identity || client.id,
        blocked:
          client.status !== 'enabled'
            ? 'Disabled client: Magistrala only connects enabled clients'
            : entityPermissions(current, 'client', client).can('connect_to_channel')
              ? null
              : 'You may not connect this client to channels',
        existing: existing.get(client.id) ?? (complete ? [] : undefined),
      })),
    }
  }

  return (
    <ConnectDialog
      title="Connect clients"
      description={
        <>
          Connect clients to <strong>{channelName(channel)}</strong>, to publish on it, subscribe to it, or both.
        </>
      }
      noun={['client', 'clients']}
      searchKey={[...connectionKeys.pickers(domainId), 'clients-for', channel.id]}
      search={search}
      connect={(input) => mutation.mutateAsync(input)}
      successTitle={(count) => `Connected ${pluralize(count, 'client')} to ${channelName(channel)}`}
      onClose={onClose}
    />
  )
}
