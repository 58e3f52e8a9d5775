import type { Client } from '../../../api/schemas/client'
import { fetchAllClients } from '../../../data/clients'
import type { ImportRow } from './client-csv'

/** Beyond this many clients the check would take too many requests; the import finds these rows itself. */
export const CHECK_LIMIT = 20_000

export type ExistingCheck =
  | {
      checked: true
      clients: number
      /** Whether the list answers carry secrets: they do for domain members, not for super-admins. */
      secrets: boolean
      clashes: number
      /** Rows named as a client of the domain is (a warning: Magistrala allows it). */
      namesakes: number
      /** Rows created by an earlier import of the file. */
      found: number
    }
  | { checked: false; reason: string }

/**
 * Checks a file's valid rows against the domain's clients, before anything is sent: rows whose id exists
 * were created by an earlier import of the file (ids are derived from it) and are marked to skip; rows
 * whose secret another client uses are marked as clashing, and rows named as another client is get a warning. The domain's ids and secrets (at most
 * CHECK_LIMIT clients) go in maps and the file's rows are scanned once against them: a map of a
 * 100,000-row file would cost the page a long task. Where the check cannot run, the import finds both
 * kinds of rows while creating (see `runImport`).
 */
export async function checkExistingClients(domainId: string, rows: ImportRow[], signal: AbortSignal): Promise<ExistingCheck> {
  const candidates = rows.filter((row) => row.problems.length === 0)
  if (!candidates.length) return { checked: true, clients: 0, secrets: true, clashes: 0, namesakes: 0, found: 0 }
  const domain = await fetchAllClients(domainId, { status: 'all' }, { signal, giveUpAbove: CHECK_LIMIT })
  if (!domain.complete) return { checked: false, reason: `the domain has more than ${CHECK_LIMIT.toLocaleString()} clients` }
  const secrets = domain.items.length === 0 || domain.items.some((c) => c.credentials?.secret)
  const ids = new Set<string>()
  const bySecret = new Map<string, Client>()
  const names = new Set<string>()
  for (const client of domain.items) {
    ids.add(client.id)
    if (client.name) names.add(client.name)
    const secret = client.credentials?.secret
    if (secret && !bySecret.has(secret)) bySecret.set(secret, client)
  }
  let clashes = 0
  let namesakes = 0
  let found = 0
  for (const row of candidates) {
    if (ids.has(row.id)) {
      row.alreadyCreated = true
      found++
      continue
    }
    if (names.has(row.name)) {
      row.warnings.push('A client of this name exists already')
      namesakes++
    }
    const client = row.secret ? bySecret.get(row.secret) : undefined
    if (!client) continue
    row.problems.push(`Secret already used by the existing client “${client.name ?? client.id}”`)
    clashes++
  }
  return { checked: true, clients: domain.total, secrets, clashes, namesakes, found }
}
