import type { Client } from '../../api/schemas/client'
import { useCurrentDomain } from '../../lib/current-domain'
import { pluralize } from '../../lib/format'
import { entityPermissions } from '../../lib/permissions'
import { ConnectDialog, type CandidateSearch } from './ConnectDialog'
import { searchChannels } from '../../data/channels'
import { connectionKeys, useConnectChannels } from '../../data/connections'
import { channelName, clientName } from './names'

/** One page of search results; beyond it the picker asks for more typing. */
const RESULTS = 20
/** How many of the client's own connections one search looks up to mark channels already connected. */
const CONNECTED_LOOKUP = 100

/** Connects one client to channels (`POST /channels/connect`). */
export function ConnectChannelsDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const current = useCurrentDomain()
  const domainId = current.domain.id
  const mutation = useConnectChannels(domainId, client.id)

  const search: CandidateSearch = async (text, signal) => {
    const name = text || undefined
    // The page of matches, and which of them the client already has (both filtered by the same text).
    const [page, connected] = await Promise.all([
      searchChannels(domainId, { name, limit: RESULTS, status: 'all', order: 'name', dir: 'asc' }, signal),
      searchChannels(domainId, { client: client.id, name, limit: CONNECTED_LOOKUP, status: 'all' }, signal),
    ])
    const existing = new Map(connected.channels.map((c) => [c.id, c.connection_types ?? []]))
    const complete = connected.total <= connected.channels.length
    return {
      total: page.total,
      candidates: page.channels.map((channel) => ({
        id: channel.id,
        label: channelName(channel),
        detail: channel.route ? `Route ${channel.route}` : channel.id,
        blocked:
          channel.status !== 'enabled'
            ? 'Disabled channel: Magistrala only connects enabled channels'
            : entityPermissions(current, 'channel', channel).can('connect_to_client')
              ? null
              : 'You may not connect clients to this channel',
        existing: existing.get(channel.id) ?? (complete ? [] : undefined),
      })),
    }
  }

  return (
    <ConnectDialog
      title="Connect to channels"
      description={
        <>
          Connect <strong>{clientName(client)}</strong> to channels, to publish on them, subscribe to them, or both.
        </>
      }
      noun={['channel', 'channels']}
      searchKey={[...connectionKeys.pickers(domainId), 'channels-for', client.id]}
      search={search}
      connect={(input) => mutation.mutateAsync(input)}
      successTitle={(count) => `Connected ${clientName(client)} to ${pluralize(count, 'channel')}`}
      onClose={onClose}
    />
  )
}
