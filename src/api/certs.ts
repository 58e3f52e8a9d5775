import { request, requestVoid } from './http'
import { Cert, CertsPage, RenewCertResponse, type IssueCertRequest } from './schemas/cert'

const base = (domainId: string) => `/${encodeURIComponent(domainId)}/certs`

/** Issues a certificate; the answer is the only time the private key is ever returned. */
export function issueCert(domainId: string, entityId: string, body: IssueCertRequest) {
  return request({ service: 'certs', path: `${base(domainId)}/issue/${encodeURIComponent(entityId)}`, method: 'POST', body, schema: Cert })
}

export function listCerts(domainId: string, params: { entity_id?: string; offset?: number; limit?: number } = {}, signal?: AbortSignal) {
  return request({ service: 'certs', path: base(domainId), query: params, schema: CertsPage, signal })
}

export function renewCert(domainId: string, serial: string) {
  return request({
    service: 'certs',
    path: `${base(domainId)}/${encodeURIComponent(serial)}/renew`,
    method: 'PATCH',
    schema: RenewCertResponse,
  })
}

export function revokeCert(domainId: string, serial: string) {
  return requestVoid({ service: 'certs', path: `${base(domainId)}/${encodeURIComponent(serial)}/revoke`, method: 'PATCH' })
}

/** The CA that signs client certificates (public). */
export function viewCA(signal?: AbortSignal) {
  return request({ service: 'certs', path: '/certs/view-ca', auth: 'none', schema: Cert, signal })
}
