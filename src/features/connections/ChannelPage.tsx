import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Link, useParams, type UIMatch } from 'react-router-dom'
import { isApiError } from '../../api/errors'
import type { Channel } from '../../api/schemas/channel'
import { StatusBadge, Tags } from '../../components/ui/Badge'
import { CopyButton } from '../../components/ui/CopyButton'
import { EmptyState, ErrorState, Skeleton } from '../../components/ui/StateViews'
import { useCurrentDomain } from '../../lib/current-domain'
import { DateTime } from '../../components/ui/RelativeTime'
import { prettyJson } from '../../lib/json'
import { ChannelClients } from './ChannelClients'
import { channelQueries } from '../../data/channels'
import { channelName } from './names'
import './connections.css'

function ChannelCrumb({ domainId, channelId }: { domainId: string; channelId: string }) {
  const channel = useQuery(channelQueries.detail(domainId, channelId))
  return <>{channel.data ? channelName(channel.data) : 'Channel'}</>
}

export const handle = {
  crumb: (match: UIMatch) => <ChannelCrumb domainId={match.params.domainId ?? ''} channelId={match.params.channelId ?? ''} />,
}

/** One channel: its fields and the clients connected to it. */
export function ChannelPage() {
  const { domain } = useCurrentDomain()
  const { channelId = '' } = useParams()
  const channel = useQuery(channelQueries.detail(domain.id, channelId))

  if (channel.isError && !channel.data) {
    if (isApiError(channel.error) && (channel.error.isNotFound || channel.error.status === 400 || channel.error.isForbidden)) {
      // Authorization comes before the lookup: an unknown channel is a 403 to anyone but a super-admin.
      return (
        <EmptyState
          title={channel.error.isForbidden ? 'Channel not found, or not yours to see' : 'Channel not found'}
          description={
            channel.error.isForbidden
              ? 'It may have been deleted, the link may be wrong, or your role gives you no access to it: Magistrala answers all three alike (403).'
              : 'It may have been deleted, or the link is wrong.'
          }
          action={
            <Link className="btn btn-primary btn-md" to={`/${domain.id}/channels`}>
              Back to channels
            </Link>
          }
        />
      )
    }
    return <ErrorState error={channel.error} onRetry={() => channel.refetch()} title="Could not load the channel" />
  }

  const data = channel.data
  return (
    <>
      <div className="entity-header">
        <div className="title-row">
          {data ? (
            <>
              <h1 className="page-title truncate" title={channelName(data)}>
                {channelName(data)}
              </h1>
              <StatusBadge status={data.status} />
            </>
          ) : (
            <Skeleton width={260} height={28} />
          )}
        </div>
        <div className="id-row">
          <span className="muted">ID</span>
          <code>{channelId}</code>
          <CopyButton value={channelId} label="Copy channel ID" />
          <Link className="btn btn-secondary btn-sm" to="messages">
            Messages
          </Link>
        </div>
      </div>
      {data ? <ChannelDetails channel={data} /> : <Skeleton height={140} />}
      {data && <ChannelClients channel={data} />}
    </>
  )
}

function ChannelDetails({ channel }: { channel: Channel }) {
  const metadata = useMemo(() => prettyJson(channel.metadata), [channel.metadata])
  return (
    <section className="card card-spaced" aria-labelledby="channel-details-title">
      <h2 id="channel-details-title" className="card-title">
        Details
      </h2>
      <dl className="details">
        <div>
          <dt>Route</dt>
          <dd>{channel.route ? <code>{channel.route}</code> : <span className="muted">—</span>}</dd>
        </div>
        <div>
          <dt>Tags</dt>
          <dd>
            <Tags tags={channel.tags} max={20} />
          </dd>
        </div>
        <div>
          <dt>Metadata</dt>
          <dd>
            <MetadataView text={metadata} />
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <DateTime value={channel.created_at} />
          </dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>
            <DateTime value={channel.updated_at} />
          </dd>
        </div>
      </dl>
    </section>
  )
}

function MetadataView({ text }: { text: string }) {
  const [open, setOpen] = useState(false)
  if (text === '{}') return <span className="muted">—</span>
  const long = text.length > 400
  return (
    <div className="conn-metadata-view">
      <pre className="json-view">{long && !open ? `${text.slice(0, 400)}…` : text}</pre>
      {long && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
          {open ? 'Show less' : 'Show all'}
        </button>
      )}
    </div>
  )
}
