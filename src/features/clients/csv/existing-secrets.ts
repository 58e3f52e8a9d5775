import { listClients } from '../../../api/clients'
import type { ImportRow } from './client-csv'

const PAGE = 100
/** Beyond this many clients the check would take too many requests; the server checks instead. */
export const CHECK_LIMIT = 20_000

export type SecretCheck = { checked: true; clients: number; clashes: number } | { checked: false; reason: string }

/**
 * Marks rows whose secret an existing client already uses. Only possible when the list answers carry
 * secrets (they do for domain members, not for super-admins) and the domain is small enough to page
 * through; otherwise the server finds these rows while creating.
 */
export async function markExistingSecrets(domainId: string, rows: ImportRow[], signal: AbortSignal): Promise<SecretCheck> {
  const wanted = new Map<string, ImportRow[]>()
  for (const row of rows) {
    if (!row.secret || row.problems.length) continue
    const list = wanted.get(row.secret)
    if (list) list.push(row)
    else wanted.set(row.secret, [row])
  }
  if (wanted.size === 0) return { checked: true, clients: 0, clashes: 0 }
  const first = await listClients(domainId, { status: 'all', limit: PAGE }, signal)
  if (first.total > CHECK_LIMIT) return { checked: false, reason: `the domain has more than ${CHECK_LIMIT.toLocaleString()} clients` }
  if (first.clients.length && first.clients.every((c) => !c.credentials?.secret))
    return { checked: false, reason: 'client secrets are not listed for your account' }
  let clashes = 0
  const check = (clients: typeof first.clients) => {
    for (const client of clients) {
      const hit = client.credentials?.secret && wanted.get(client.credentials.secret)
      if (!hit) continue
      for (const row of hit) row.problems.push(`Secret already used by the existing client “${client.name ?? client.id}”`)
      clashes += hit.length
    }
  }
  check(first.clients)
  for (let offset = PAGE; offset < first.total; offset += PAGE) {
    check((await listClients(domainId, { status: 'all', limit: PAGE, offset }, signal)).clients)
  }
  return { checked: true, clients: first.total, clashes }
}
