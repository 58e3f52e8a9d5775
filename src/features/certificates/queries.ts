import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { issueCert, listCerts, renewCert, revokeCert } from '../../api/certs'
import type { IssueCertRequest } from '../../api/schemas/cert'

/** Shared with the clients list's Authentication column, which reads the same key. */
export const certKeys = {
  ofClient: (domainId: string, clientId: string) => ['certs', domainId, 'entity', clientId] as const,
}

export const certQueries = {
  ofClient: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: certKeys.ofClient(domainId, clientId),
      queryFn: ({ signal }) => listCerts(domainId, { entity_id: clientId, limit: 100 }, signal),
      staleTime: 60_000,
    }),
}

export function useCertMutations(domainId: string, clientId: string) {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: certKeys.ofClient(domainId, clientId) })
  return {
    issue: useMutation({ mutationFn: (body: IssueCertRequest) => issueCert(domainId, clientId, body), onSuccess: refresh }),
    renew: useMutation({ mutationFn: (serial: string) => renewCert(domainId, serial), onSuccess: refresh }),
    revoke: useMutation({ mutationFn: (serial: string) => revokeCert(domainId, serial), onSuccess: refresh }),
  }
}
