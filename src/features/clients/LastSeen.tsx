import type { ClientTelemetry } from '../../api/schemas/telemetry'
import { RelativeTime } from '../../components/ui/RelativeTime'
import { useNow } from '../../lib/use-now'

const ONLINE_MS = 60 * 60_000

/** "● 4 minutes ago": green while the device reported in the last hour. */
export function LastSeen({ telemetry, loading }: { telemetry: ClientTelemetry | null | undefined; loading?: boolean }) {
  const now = useNow()
  if (loading) return <span className="muted">…</span>
  if (!telemetry?.last_seen) return <span className="muted">Never seen</span>
  const recent = now - Date.parse(telemetry.last_seen) < ONLINE_MS
  return (
    <span className={`last-seen${recent ? ' is-recent' : ''}`}>
      <RelativeTime value={telemetry.last_seen} now={now} />
    </span>
  )
}
