import { useQueryClient } from '@tanstack/react-query'
import { withRetries } from '../api/retry'
import type { Client } from '../api/schemas/client'
import { getClientTelemetry } from '../api/telemetry'
import { authMethodOf, type AuthMethod } from '../lib/auth-method'
import { certQueries } from './certificates'
import { telemetryQueries } from './telemetry'

export type InventoryFacts = { lastSeen: string | undefined; auth: AuthMethod }

/** Telemetry reads at once: one per client, since the journal has no list of last-seen times. */
const AT_ONCE = 8

/**
 * What the list's columns show beside a client's own fields, for an inventory export: when it was last seen (the
 * journal, one request per client, cached as the list's rows are) and how it authenticates (the domain's certificates,
 * read once; beyond what the console lists, from the metadata alone).
 */
export function useInventoryFacts(domainId: string) {
  const queryClient = useQueryClient()
  return async (clients: Client[], onProgress: (done: number) => void, signal: AbortSignal): Promise<Map<string, InventoryFacts>> => {
    const certs = await queryClient.fetchQuery(certQueries.byClient(domainId))
    const facts = new Map<string, InventoryFacts>()
    let next = 0
    const worker = async () => {
      while (next < clients.length) {
        signal.throwIfAborted()
        const client = clients[next++]
        const { queryKey, staleTime } = telemetryQueries.ofClient(domainId, client.id)
        const telemetry = await queryClient.fetchQuery({
          queryKey,
          staleTime,
          queryFn: () => withRetries(() => getClientTelemetry(domainId, client.id, signal), signal),
        })
        facts.set(client.id, { lastSeen: telemetry?.last_seen, auth: authMethodOf(client, certs?.get(client.id)) })
        onProgress(facts.size)
      }
    }
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, clients.length) }, worker))
    return facts
  }
}
