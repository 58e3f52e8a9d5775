import { jsonText } from '../../lib/json'

/** How the console names an entity whose `name` is empty (names are optional in Magistrala). */
export const channelName = (channel: { name?: string }) => channel.name || 'Unnamed channel'
export const clientName = (client: { name?: string }) => client.name || 'Unnamed client'

/** Metadata on one line, for a table cell (the full text is in its title). */
export function metadataSummary(metadata: Record<string, unknown> | undefined): string {
  if (!metadata || Object.keys(metadata).length === 0) return ''
  return Object.entries(metadata)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : jsonText(value)}`)
    .join(', ')
}
