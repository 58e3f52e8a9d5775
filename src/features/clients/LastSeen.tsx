import type { Ref } from 'react'
import { errorMessage } from '../../api/errors'
import type { ClientTelemetry } from '../../api/schemas/telemetry'
import { RelativeTime } from '../../components/ui/RelativeTime'
import { useNow } from '../../lib/use-now'

const ONLINE_MS = 60 * 60_000

/**
 * "● 4 minutes ago": green while the device reported in the last hour. A failed read is "Unknown" (with the reason on
 * hover), never "Never seen": an unreachable journal service says nothing about the device.
 */
export function LastSeen({
  telemetry,
  loading,
  error,
  ref,
}: {
  telemetry: ClientTelemetry | null | undefined
  loading?: boolean
  error?: unknown
  ref?: Ref<HTMLSpanElement>
}) {
  const now = useNow()
  if (loading)
    return (
      <span className="muted" ref={ref}>
        …
      </span>
    )
  if (error) {
    return (
      <span className="muted" title={errorMessage(error)} ref={ref}>
        Unknown
      </span>
    )
  }
  if (!telemetry?.last_seen)
    return (
      <span className="muted" ref={ref}>
        Never seen
      </span>
    )
  const recent = now - Date.parse(telemetry.last_seen) < ONLINE_MS
  return (
    <span className={`last-seen${recent ? ' is-recent' : ''}`} ref={ref}>
      <RelativeTime value={telemetry.last_seen} now={now} />
    </span>
  )
}
