import type { JournalEntry } from '../../api/schemas/journal'

/** Items as text; a nested value (an array in an array…) as "…": `String` on one recurses without bound. */
const item = (value: unknown) => (value !== null && typeof value === 'object' ? '…' : String(value))
const list = (value: unknown) => (Array.isArray(value) ? value.map(item).join(', ') : undefined)
const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)
const count = (value: unknown, noun: string) =>
  Array.isArray(value) && value.length ? `${value.length} ${noun}${value.length === 1 ? '' : 's'}` : undefined

/** A one-line gist of what an entry changed, from the attributes the services put in it. */
export function summarize(entry: JournalEntry): string {
  const a = entry.attributes ?? {}
  const parts: [string, string | undefined][] = [
    ['name', text(a.name)],
    ['role', text(a.role_name)],
    ['status', text(a.status)],
    ['tags', list(a.tags)],
    ['changed', list(a.changed)],
    ['types', list(a.types)],
    ['', count(a.client_ids, 'client')],
    ['', count(a.channel_ids, 'channel')],
  ]
  return parts
    .filter(([, value]) => value)
    .map(([label, value]) => (label ? `${label}: ${value}` : value))
    .join(' · ')
}
