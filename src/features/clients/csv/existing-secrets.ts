import { listClients } from '../../../api/clients'
import { withRetries } from '../../../api/retry'
import type { Client } from '../../../api/schemas/client'
import type { ImportRow } from './client-csv'

const PAGE = 100
/** Beyond this many clients the check would take too many requests; the server checks instead. */
export const CHECK_LIMIT = 20_000

export type SecretCheck = { checked: true; clients: number; clashes: number } | { checked: false; reason: string }

const checkable = (row: ImportRow) => row.secret !== '' && row.problems.length === 0

/**
 * Marks rows whose secret an existing client already uses, and rows that are that client (created by an
 * earlier import of the file) as already created. Only possible when the list answers carry
 * secrets (they do for domain members, not for super-admins) and the domain is small enough to page
 * through; otherwise the server finds these rows while creating. The domain's secrets (at most
 * CHECK_LIMIT) go in a map and the file's rows are scanned once against it: a map of a 100,000-row
 * file's secrets would cost the page a long task.
 */
export async function markExistingSecrets(domainId: string, rows: ImportRow[], signal: AbortSignal): Promise<SecretCheck> {
  if (!rows.some(checkable)) return { checked: true, clients: 0, clashes: 0 }
  const page = (offset: number) => withRetries(() => listClients(domainId, { status: 'all', limit: PAGE, offset }, signal), signal)
  const first = await page(0)
  if (first.total > CHECK_LIMIT) return { checked: false, reason: `the domain has more than ${CHECK_LIMIT.toLocaleString()} clients` }
  if (first.clients.length && first.clients.every((c) => !c.credentials?.secret))
    return { checked: false, reason: 'client secrets are not listed for your account' }
  const existing = new Map<string, Client>()
  const collect = (clients: Client[]) => {
    for (const client of clients) {
      const secret = client.credentials?.secret
      if (secret && !existing.has(secret)) existing.set(secret, client)
    }
  }
  collect(first.clients)
  for (let offset = PAGE; offset < first.total; offset += PAGE) {
    collect((await page(offset)).clients)
  }
  let clashes = 0
  for (const row of rows) {
    const client = checkable(row) ? existing.get(row.secret) : undefined
    if (!client) continue
    // The row's own client, created by an earlier import of this file (same derived id): not a clash.
    if (client.id === row.id) {
      row.alreadyCreated = true
      continue
    }
    row.problems.push(`Secret already used by the existing client “${client.name ?? client.id}”`)
    clashes++
  }
  return { checked: true, clients: first.total, clashes }
}
