import Papa from 'papaparse'
import type { Client } from '../../api/schemas/client'
import type { InventoryFacts } from '../../data/client-inventory'
import { escapeCsvCell } from '../../lib/csv-escape'
import { isSetTime } from '../../lib/format'

export const INVENTORY_COLUMNS = [
  'ID',
  'Name',
  'Identity',
  'Status',
  'Tags',
  'Metadata',
  'Parent group',
  'Parent group ID',
  'Created',
  'Last seen',
  'Authentication',
] as const

/** A time as ISO 8601 in UTC, whatever precision or offset the server wrote; empty when unset. */
const iso = (value: string | undefined) => (isSetTime(value) && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : '')

/** Every client as one row of what the list shows, for spreadsheets and audits (not for re-import: no secrets). */
export function inventoryCsv(clients: Client[], facts: ReadonlyMap<string, InventoryFacts>): string {
  const rows = clients.map((client) => {
    const fact = facts.get(client.id)
    return [
      client.id,
      client.name ?? '',
      client.credentials?.identity ?? '',
      client.status,
      client.tags?.length ? JSON.stringify(client.tags) : '',
      client.metadata && Object.keys(client.metadata).length ? JSON.stringify(client.metadata) : '',
      fact?.parentGroup ?? '',
      client.parent_group_id ?? '',
      iso(client.created_at),
      iso(fact?.lastSeen),
      fact?.auth ?? '',
    ].map(escapeCsvCell)
  })
  return Papa.unparse({ fields: [...INVENTORY_COLUMNS], data: rows }, { newline: '\r\n' })
}
