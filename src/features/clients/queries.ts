import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { listClients } from '../../api/clients'
import { listGroups } from '../../api/groups'
import { groupDetailQuery } from '../../lib/groups'
import { listCerts } from '../../api/certs'
import { getClientTelemetry } from '../../api/telemetry'
import type { Cert } from '../../api/schemas/cert'
import type { ClientListParams } from '../../api/schemas/client'

import { clientCertificatesQuery, clientDetailQuery, clientKeys } from '../../lib/client-queries'

export { clientKeys }

/**
 * The clients list reads the domain's certificates in pages of this size (the certs service's default is 10 and it sets
 * no maximum; the console's mock allows 100), up to `DOMAIN_CERTS_MAX`. Magistrala v0.30's certs service reads every
 * certificate it holds from its PKI for each page of that list, whatever the page's size, so beyond a few pages the
 * clients' own lists (`?entity_id=`, for the rows on screen) cost it less.
 */
export const DOMAIN_CERTS_PAGE = 100
export const DOMAIN_CERTS_MAX = 500

/** The domain's certificates by client id, or null when the domain has more than `DOMAIN_CERTS_MAX` of them. */
async function certificatesByClient(domainId: string, signal: AbortSignal): Promise<Map<string, Cert[]> | null> {
  const first = await listCerts(domainId, { offset: 0, limit: DOMAIN_CERTS_PAGE }, signal)
  if (first.total > DOMAIN_CERTS_MAX) return null
  const offsets: number[] = []
  for (let offset = DOMAIN_CERTS_PAGE; offset < first.total; offset += DOMAIN_CERTS_PAGE) offsets.push(offset)
  const rest = await Promise.all(offsets.map((offset) => listCerts(domainId, { offset, limit: DOMAIN_CERTS_PAGE }, signal)))
  const byClient = new Map<string, Cert[]>()
  for (const cert of [first, ...rest].flatMap((page) => page.certificates)) {
    if (!cert.entity_id) continue
    const held = byClient.get(cert.entity_id)
    if (held) held.push(cert)
    else byClient.set(cert.entity_id, [cert])
  }
  return byClient
}

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
  /**
   * Every certificate of the domain by client, for the list's Authentication column: one or a few requests for all its
   * pages and rows, instead of one per row. `null` when the domain has too many to list (see `DOMAIN_CERTS_MAX`).
   */
  domainCertificates: (domainId: string) =>
    queryOptions({
      queryKey: ['certs', domainId, 'by-client'],
      queryFn: ({ signal }) => certificatesByClient(domainId, signal),
      staleTime: 60_000,
      // A Map is not merged with the previous answer anyway; this says so.
      structuralSharing: false,
    }),
  /** The client's certificates (certs service): its page, and the list's rows when the domain has too many to list. */
  certificates: clientCertificatesQuery,
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
