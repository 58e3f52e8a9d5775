import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { listClients } from '../../api/clients'
import { listGroups } from '../../api/groups'
import { groupDetailQuery } from '../../lib/groups'
import { listCerts } from '../../api/certs'
import { getClientTelemetry } from '../../api/telemetry'
import type { ClientListParams } from '../../api/schemas/client'

import { clientDetailQuery, clientKeys } from '../../lib/client-queries'

export { clientKeys }

export const clientQueries = {
  list: (domainId: string, params: ClientListParams) =>
    queryOptions({
      queryKey: clientKeys.list(domainId, params),
      queryFn: ({ signal }) => listClients(domainId, params, signal),
      // The previous page stays on screen while the next one loads.
      placeholderData: keepPreviousData,
    }),
  detail: clientDetailQuery,
  /** Last seen, message counts, subscriptions; `null` when never seen. */
  telemetry: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: [...clientKeys.all(domainId), 'telemetry', clientId],
      queryFn: ({ signal }) => getClientTelemetry(domainId, clientId, signal),
      staleTime: 60_000,
    }),
  /** The client's certificates (certs service), for the Authentication column. */
  certificates: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: ['certs', domainId, 'entity', clientId],
      queryFn: ({ signal }) => listCerts(domainId, { entity_id: clientId, limit: 100 }, signal),
      staleTime: 60_000,
    }),
}

export const groupQueries = {
  detail: groupDetailQuery,
  /** Server-side search for pickers. */
  search: (domainId: string) => async (text: string, signal: AbortSignal) => {
    const page = await listGroups(domainId, { name: text || undefined, limit: 20 }, signal)
    return {
      total: page.total,
      // A group created without a description sends `null`: nothing is shown for it.
      options: page.groups.map((g) => ({ value: g.id, label: g.name, description: g.description ?? undefined })),
    }
  },
}
