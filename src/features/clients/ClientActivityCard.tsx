import { useQuery } from '@tanstack/react-query'
import { errorMessage } from '../../api/errors'
import { DateTime } from '../../components/ui/RelativeTime'
import { LastSeen } from './LastSeen'
import { telemetryQueries } from '../../data/telemetry'

/** What the journal saw of the device: when it connected and how much it said. */
export function ClientActivityCard({ domainId, clientId }: { domainId: string; clientId: string }) {
  const telemetry = useQuery(telemetryQueries.ofClient(domainId, clientId))
  const data = telemetry.data
  return (
    <section className="card" aria-labelledby="client-activity-title">
      <h2 id="client-activity-title" className="card-title">
        Activity
      </h2>
      {telemetry.isError ? (
        <p className="muted">Activity is not available: {errorMessage(telemetry.error)}</p>
      ) : data === null ? (
        <p className="muted">This client has not connected yet.</p>
      ) : (
        <dl className="stats">
          <div>
            <dt>Last seen</dt>
            <dd>
              <LastSeen telemetry={data} loading={telemetry.isPending} />
            </dd>
          </div>
          <div>
            <dt>First seen</dt>
            <dd>{data ? <DateTime value={data.first_seen} /> : '…'}</dd>
          </div>
          <div>
            <dt>Messages sent</dt>
            <dd>{data ? data.outbound_messages.toLocaleString() : '…'}</dd>
          </div>
          <div>
            <dt>Messages received</dt>
            <dd>{data ? data.inbound_messages.toLocaleString() : '…'}</dd>
          </div>
          <div>
            <dt>Subscriptions</dt>
            <dd>{data ? data.subscriptions.toLocaleString() : '…'}</dd>
          </div>
        </dl>
      )}
    </section>
  )
}
