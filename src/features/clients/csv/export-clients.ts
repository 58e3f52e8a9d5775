import { listClients } from '../../../api/clients'
import { withRetries } from '../../../api/retry'
import type { Client, ClientListParams } from '../../../api/schemas/client'
import { clientsToCsv } from './client-csv'

const PAGE = 100

/** Every client of the filtered view (all pages), as the importer's CSV; secrets only when asked for. */
export async function exportClientsCsv(
  domainId: string,
  params: ClientListParams,
  options: { secrets: boolean },
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<{ csv: string; count: number }> {
  const clients: Client[] = []
  let total = Infinity
  for (let offset = 0; offset < total; offset += PAGE) {
    // Retried as a query would be: one failed page must not lose the whole export.
    const page = await withRetries(() => listClients(domainId, { ...params, offset, limit: PAGE }, signal), signal)
    total = page.total
    clients.push(...page.clients)
    onProgress(clients.length, total)
    if (page.clients.length === 0) break
  }
  return { csv: clientsToCsv(clients, options), count: clients.length }
}
