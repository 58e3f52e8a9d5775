import type { ClientListParams } from '../../../api/schemas/client'
import { fetchAllClients } from '../../../data/clients'
import { clientsToCsv } from './client-csv'

/** Every client of the filtered view (all pages), as the importer's CSV; secrets only when asked for. */
export async function exportClientsCsv(
  domainId: string,
  params: ClientListParams,
  options: { secrets: boolean },
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<{ csv: string; count: number }> {
  // Each page is retried as a query would be: one failed page must not lose the whole export.
  const { items: clients } = await fetchAllClients(domainId, params, { signal, onProgress })
  return { csv: clientsToCsv(clients, options), count: clients.length }
}
