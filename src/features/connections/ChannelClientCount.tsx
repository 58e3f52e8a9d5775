import { useQuery } from '@tanstack/react-query'
import { errorMessage } from '../../api/errors'
import { connectionQueries } from '../../data/connections'
import { Skeleton } from '../../components/ui/StateViews'

/** A channel's number of connected clients, asked for only when its row is on screen. */
export function ChannelClientCount({ domainId, channelId }: { domainId: string; channelId: string }) {
  const count = useQuery(connectionQueries.channelClientCount(domainId, channelId))
  if (count.isPending) return <Skeleton width={24} />
  if (count.isError) {
    return (
      <span className="muted" title={`Could not count: ${errorMessage(count.error)}`}>
        ?
      </span>
    )
  }
  return <span>{count.data.toLocaleString()}</span>
}
