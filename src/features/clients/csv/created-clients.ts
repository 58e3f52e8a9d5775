import Papa from 'papaparse'
import type { Client } from '../../../api/schemas/client'
import { escapeCsvCell } from '../../../lib/csv-escape'
import type { ImportRow } from './client-csv'
import type { RowOutcome } from './run-import'

export const CREATED_COLUMNS = ['id', 'name', 'identity', 'key'] as const

/** Lookups at once for the keys the create answers did not carry. */
const LOOKUPS_AT_ONCE = 8

/**
 * The clients an import created, to flash devices with: id, name, identity and key (the server's generated
 * key where the file had none). A row confirmed only by a later attempt has no answer of its own: its key is
 * the file's, or, when the server generated it, looked up with `view`.
 */
export async function createdClientsCsv(
  rows: ImportRow[],
  outcomes: Map<string, RowOutcome>,
  view: (id: string, signal: AbortSignal) => Promise<Client>,
  signal: AbortSignal,
): Promise<string> {
  const created = rows.flatMap((row) => {
    const outcome = outcomes.get(row.id)
    return outcome?.status === 'created' ? [{ row, client: outcome.client }] : []
  })
  const missing = created.filter(({ row, client }) => !client && !row.secret)
  let next = 0
  const lookUp = async () => {
    while (next < missing.length) {
      const entry = missing[next++]
      entry.client = await view(entry.row.id, signal)
    }
  }
  await Promise.all(Array.from({ length: Math.min(LOOKUPS_AT_ONCE, missing.length) }, lookUp))
  const data = created.map(({ row, client }) =>
    [row.id, client?.name ?? row.name, client?.credentials?.identity ?? row.identity, client?.credentials?.secret || row.secret].map(
      escapeCsvCell,
    ),
  )
  return Papa.unparse({ fields: [...CREATED_COLUMNS], data }, { newline: '\r\n' })
}
