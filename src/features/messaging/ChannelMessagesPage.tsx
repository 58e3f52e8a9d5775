import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router-dom'
import { channelQueries } from '../../data/channels'
import { Skeleton } from '../../components/ui/StateViews'
import { useCurrentDomain } from '../../lib/current-domain'
import { MessagesView } from './MessagesView'
import './messaging.css'

/** A channel's stored messages, from every publisher. */
export function ChannelMessagesPage() {
  const { domain } = useCurrentDomain()
  const { channelId = '' } = useParams()
  const channel = useQuery(channelQueries.detail(domain.id, channelId))
  const name = channel.data?.name || channelId
  return (
    <section className="messaging-tab" aria-labelledby="messages-title">
      <div className="entity-header">
        <div className="title-row">
          {channel.data || channel.isError ? (
            <h1 id="messages-title" className="page-title truncate">
              Messages on {name}
            </h1>
          ) : (
            <Skeleton width={260} height={28} />
          )}
        </div>
        <p className="muted">
          What the readers stored for this channel, from every publisher.{' '}
          <Link to={`/${domain.id}/channels/${channelId}`}>Back to the channel</Link>
        </p>
      </div>
      <MessagesView domainId={domain.id} channelId={channelId} exportName={`channel-${channelId}`} />
    </section>
  )
}
