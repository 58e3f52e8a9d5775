import { timeZoneChoice, type TimeZoneChoice } from './time-zone'

const ZERO = '0001-01-01'

/** Go serialises a never-set time as year 1. */
export function isSetTime(value: string | undefined | null): value is string {
  return Boolean(value) && !value!.startsWith(ZERO)
}

// The zone is named in every absolute time ("… 14:05:07 UTC"), so a reader never has to guess it.
const FORMATS = {
  local: {
    dateTime: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' }),
    dateOnly: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }),
  },
  utc: {
    dateTime: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' }),
    dateOnly: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }),
  },
}

/** An absolute date and time, in the time zone chosen in the user menu (the browser's, or UTC). */
export function formatDateTime(value: string | undefined | null, zone: TimeZoneChoice = timeZoneChoice()): string {
  if (!isSetTime(value)) return '—'
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : FORMATS[zone].dateTime.format(date)
}

export function formatDate(value: string | undefined | null, zone: TimeZoneChoice = timeZoneChoice()): string {
  if (!isSetTime(value)) return '—'
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : FORMATS[zone].dateOnly.format(date)
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

/** "3 hours ago", "in 2 days". */
export function formatRelative(value: string | undefined | null, now = Date.now()): string {
  if (!isSetTime(value)) return '—'
  const time = Date.parse(value)
  if (Number.isNaN(time)) return value
  const seconds = Math.round((time - now) / 1000)
  if (Math.abs(seconds) < 45) return 'just now'
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit)
  }
  return 'just now'
}

/** The first block of a UUID, enough to tell rows apart at a glance. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id
}

export function pluralize(count: number, singular: string, plural = `${singular}s`) {
  return `${count.toLocaleString()} ${count === 1 ? singular : plural}`
}
