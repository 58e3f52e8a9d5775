import { formatDateTime, formatRelative } from '../../lib/format'
import { useTimeZoneChoice } from '../../lib/time-zone'

/** A time as '3 days ago', with the exact date and time (in the chosen time zone) on hover. */
export function RelativeTime({ value, now }: { value: string | undefined; now?: number }) {
  const zone = useTimeZoneChoice()
  return (
    <time dateTime={value} title={formatDateTime(value, zone)}>
      {formatRelative(value, now)}
    </time>
  )
}

/** A time as its date and time in the chosen time zone, with how long ago on hover. */
export function DateTime({ value }: { value: string | undefined | null }) {
  const zone = useTimeZoneChoice()
  return (
    <time dateTime={value ?? undefined} title={formatRelative(value)}>
      {formatDateTime(value, zone)}
    </time>
  )
}
