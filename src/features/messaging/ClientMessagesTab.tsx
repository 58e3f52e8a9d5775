import { useQueries, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import type { Channel } from '../../api/schemas/channel'
import { ConnectNote } from '../../components/messaging/ConnectCommands'
import { ErrorState, Skeleton } from '../../components/ui/StateViews'
import { messageQueries } from '../../data/messages'
import { useCurrentDomain } from '../../lib/current-domain'
import { ChannelPicker } from './ChannelPicker'
import { MessagesView } from './MessagesView'
import './messaging.css'

/** The client page's Messages tab: what the readers stored from this client (`publisher`), one channel at a time. */
export function ClientMessagesTab() {
  const { domain } = useCurrentDomain()
  const { clientId = '' } = useParams()
  const channels = useQuery(messageQueries.clientChannels(domain.id, clientId))
  const [picked, setPicked] = useState('')

  const preferred = usePreferredChannel(domain.id, clientId, channels.data?.channels)

  if (channels.error)
    return <ErrorState error={channels.error} title="Could not load the client's channels" onRetry={() => void channels.refetch()} />
  if (!channels.data || preferred.pending) return <Skeleton height={200} />
  const list = channels.data.channels
  const channel = list.find((c) => c.id === picked) ?? preferred.channel ?? list[0]

  return (
    <section className="messaging-tab" aria-labelledby="messages-title">
      <div>
        <h2 id="messages-title" className="messaging-title">
          Messages
        </h2>
        <p className="muted">What this client published on a channel, as the readers stored it. Newest first.</p>
      </div>
      {!channel ? (
        <ConnectNote>
          This client is not connected to any channel, so it has published nothing. <Link to="../connections">Connect it to a channel</Link>{' '}
          first.
        </ConnectNote>
      ) : (
        <>
          <ChannelPicker page={channels.data} value={channel.id} onChange={setPicked} />
          <MessagesView
            key={channel.id}
            domainId={domain.id}
            channelId={channel.id}
            publisher={clientId}
            exportName={`client-${clientId}`}
          />
        </>
      )}
    </section>
  )
}

/** The channels asked whether the client stored anything there: enough for a device's usual few. */
const PROBED_CHANNELS = 5

/**
 * The channel the tab opens on: the first (by name) of the client's Publish channels where the readers hold a message
 * from it, else its first Publish channel. One `limit=1` question per probed channel; a failed one counts as empty.
 */
function usePreferredChannel(domainId: string, clientId: string, channels: Channel[] | undefined) {
  const publishing = (channels ?? []).filter((c) => c.connection_types?.includes('Publish'))
  const probed = publishing.slice(0, PROBED_CHANNELS)
  const answers = useQueries({
    queries: probed.map((c) => ({ ...messageQueries.list(domainId, c.id, { publisher: clientId, limit: 1 }), retry: false })),
  })
  const pending = answers.some((a) => a.isPending)
  const withMessages = probed.find((_, i) => (answers[i].data?.total ?? 0) > 0)
  return { pending, channel: withMessages ?? publishing[0] }
}
