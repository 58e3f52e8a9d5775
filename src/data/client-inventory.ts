import { useQueryClient } from '@tanstack/react-query'
import { withRetries } from '../api/retry'
import type { Client } from '../api/schemas/client'
import { getClientTelemetry } from '../api/telemetry'
import { authMethodOf, type AuthMethod } from '../lib/auth-method'
import { certQueries } from './certificates'
import { groupQueries } from './groups'
import { telemetryQueries } from './telemetry'

export type InventoryFacts = {
  lastSeen: string | undefined
  auth: AuthMethod
  /** The parent group's name; undefined without a parent, or where the group cannot be read (its ID still can). */
  parentGroup: string | undefined
}

/** Telemetry reads at once: one per client, since the journal has no list of last-seen times. */
const AT_ONCE = 8

/**
 * What the list's columns show beside a client's own fields, for an inventory export: when it was last seen (the
 * journal, one request per client, cached as the list's rows are), how it authenticates (the domain's certificates,
 * read once; beyond what the console lists, from the metadata alone) and its parent group's name (one request per
 * group, cached as the client page's are).
 */
export function useInventoryFacts(domainId: string) {
  const queryClient = useQueryClient()
  return async (clients: Client[], onProgress: (done: number) => void, signal: AbortSignal): Promise<Map<string, InventoryFacts>> => {
    const certs = await queryClient.fetchQuery(certQueries.byClient(domainId))
    const groupNames = await readGroupNames(clients, signal)
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
        facts.set(client.id, {
          lastSeen: telemetry?.last_seen,
          auth: authMethodOf(client, certs?.get(client.id)),
          parentGroup: client.parent_group_id ? groupNames.get(client.parent_group_id) : undefined,
        })
        onProgress(facts.size)
      }
    }
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, clients.length) }, worker))
    return facts
  }

  /** The names of the clients' parent groups; a group the user may not read (403) or that is gone is left out. */
  async function readGroupNames(clients: Client[], signal: AbortSignal): Promise<Map<string, string>> {
    const ids = [...new Set(clients.flatMap((client) => (client.parent_group_id ? [client.parent_group_id] : [])))]
    const names = new Map<string, string>()
    for (let start = 0; start < ids.length; start += AT_ONCE) {
      signal.throwIfAborted()
      const batch = ids.slice(start, start + AT_ONCE)
      const groups = await Promise.allSettled(batch.map((id) => queryClient.fetchQuery(groupQueries.detail(domainId, id))))
      for (const [i, group] of groups.entries()) if (group.status === 'fulfilled') names.set(batch[i], group.value.name)
    }
    return names
  }
}
