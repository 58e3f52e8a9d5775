import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import { ConnectCommands, ConnectNote, connectExplanation, type ConnectTarget } from '../../components/messaging/ConnectCommands'
import { ErrorState, Skeleton } from '../../components/ui/StateViews'
import { messageQueries } from '../../data/messages'
import { authMethodOf } from '../../lib/auth-method'
import { certQueries } from '../../data/certificates'
import { clientQueries } from '../../data/clients'
import { useCurrentDomain } from '../../lib/current-domain'
import { entityPermissions } from '../../lib/permissions'
import { ChannelPicker } from './ChannelPicker'
import { LiveTail } from './LiveTail'
import { TestMessage } from './TestMessage'
import './messaging.css'

/** The client page's Connect tab: how its device reaches the broker on each channel it is connected to. */
export function ClientConnectTab() {
  const current = useCurrentDomain()
  const { domain } = current
  const { clientId = '' } = useParams()
  const client = useQuery(clientQueries.detail(domain.id, clientId))
  const certs = useQuery(certQueries.ofClient(domain.id, clientId))
  const channels = useQuery(messageQueries.clientChannels(domain.id, clientId))
  const [picked, setPicked] = useState('')
  const [subtopic, setSubtopic] = useState('')

  const error = client.error ?? channels.error
  if (error) {
    return (
      <ErrorState
        error={error}
        title="Could not load the client's channels"
        onRetry={() => void Promise.all([client.refetch(), channels.refetch()])}
      />
    )
  }
  if (!client.data || !channels.data) return <Skeleton height={200} />

  const list = channels.data.channels
  const channel = list.find((c) => c.id === picked) ?? list[0]
  const target: ConnectTarget | null = channel
    ? {
        domainId: domain.id,
        channelId: channel.id,
        clientId,
        secret: client.data.credentials?.secret ?? '',
        types: channel.connection_types ?? [],
        certificate: authMethodOf(client.data, certs.data?.certificates) === 'Certificate',
      }
    : null
  // The console sends as the client, but on the user's behalf: it asks the user's own right to publish there.
  const rights = channel ? entityPermissions(current, 'channel', channel) : null
  const sendReason = rights?.reason('publish', 'send messages on this channel') ?? null
  const watchReason = rights?.reason('subscribe', 'watch messages on this channel') ?? null

  return (
    <section className="messaging-tab" aria-labelledby="connect-title">
      <div>
        <h2 id="connect-title" className="messaging-title">
          Connect a device
        </h2>
        <p className="muted">
          Commands for this client on one of its channels, for the connection types it has there. The secret is hidden here; the copy
          buttons copy it.
        </p>
      </div>
      {!target ? (
        <ConnectNote>
          This client is not connected to any channel, so it can neither publish nor subscribe.{' '}
          <Link to="../connections">Connect it to a channel</Link> first.
        </ConnectNote>
      ) : (
        <>
          <ChannelPicker page={channels.data} value={target.channelId} onChange={setPicked} />
          <ConnectCommands target={target} subtopic={subtopic} onSubtopicChange={setSubtopic} />
          {!connectExplanation(target) && (
            <>
              <TestMessage key={target.channelId} target={target} subtopic={subtopic} sendReason={sendReason} />
              <LiveTail key={`tail-${target.channelId}`} target={target} watchReason={watchReason} />
            </>
          )}
        </>
      )}
    </section>
  )
}
