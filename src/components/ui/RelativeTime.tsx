import { formatDateTime, formatRelative } from '../../lib/format'

/** A time as '3 days ago', with the exact date and time on hover. */
export function RelativeTime({ value, now }: { value: string | undefined; now?: number }) {
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {formatRelative(value, now)}
    </time>
  )
}
