import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { issueCert, listCerts, renewCert, revokeCert, viewCA } from '../api/certs'
import type { Cert, IssueCertRequest } from '../api/schemas/cert'
import { fetchAllPages } from './fetch-all'

/** Certificates (certs service): a client's own list, and the domain's by client for the clients list. */
export const certKeys = {
  all: (domainId: string) => ['certs', domainId] as const,
  ofClient: (domainId: string, clientId: string) => [...certKeys.all(domainId), 'entity', clientId] as const,
  byClient: (domainId: string) => [...certKeys.all(domainId), 'by-client'] as const,
}

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
  const all = await fetchAllPages(
    (page, pageSignal) => listCerts(domainId, page, pageSignal).then((p) => ({ total: p.total, items: p.certificates })),
    { signal, pageSize: DOMAIN_CERTS_PAGE, giveUpAbove: DOMAIN_CERTS_MAX, concurrency: DOMAIN_CERTS_MAX / DOMAIN_CERTS_PAGE, retry: false },
  )
  if (!all.complete) return null
  const byClient = new Map<string, Cert[]>()
  for (const cert of all.items) {
    if (!cert.entity_id) continue
    const held = byClient.get(cert.entity_id)
    if (held) held.push(cert)
    else byClient.set(cert.entity_id, [cert])
  }
  return byClient
}

export const certQueries = {
  /** The client's certificates: its page, and the list's rows when the domain has too many to list. */
  ofClient: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: certKeys.ofClient(domainId, clientId),
      queryFn: ({ signal }) => listCerts(domainId, { entity_id: clientId, limit: 100 }, signal),
      staleTime: 60_000,
    }),
  /**
   * Every certificate of the domain by client, for the list's Authentication column: one or a few requests for all its
   * pages and rows, instead of one per row. `null` when the domain has too many to list (see `DOMAIN_CERTS_MAX`).
   */
  byClient: (domainId: string) =>
    queryOptions({
      queryKey: certKeys.byClient(domainId),
      queryFn: ({ signal }) => certificatesByClient(domainId, signal),
      staleTime: 60_000,
      // A Map is not merged with the previous answer anyway; this says so.
      structuralSharing: false,
    }),
}

/** Issue, renew, revoke: the client's list and the domain's (the clients list's Authentication column) refetch. */
export function useCertMutations(domainId: string, clientId: string) {
  const queryClient = useQueryClient()
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: certKeys.ofClient(domainId, clientId) }),
      queryClient.invalidateQueries({ queryKey: certKeys.byClient(domainId) }),
    ])
  return {
    issue: useMutation({ mutationFn: (body: IssueCertRequest) => issueCert(domainId, clientId, body), onSuccess: refresh }),
    renew: useMutation({ mutationFn: (serial: string) => renewCert(domainId, serial), onSuccess: refresh }),
    revoke: useMutation({ mutationFn: (serial: string) => revokeCert(domainId, serial), onSuccess: refresh }),
  }
}

/** The platform CA's certificate, read once when asked for (a download). */
export const fetchCA = viewCA
