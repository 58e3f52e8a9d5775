import { request, requestVoid } from './http'
import { Client, ClientsBulkResponse, ClientsPage, type ClientCreate, type ClientListParams, type ClientUpdate } from './schemas/client'

const base = (domainId: string) => `/${encodeURIComponent(domainId)}/clients`
const one = (domainId: string, clientId: string) => `${base(domainId)}/${encodeURIComponent(clientId)}`

export function listClients(domainId: string, params: ClientListParams = {}, signal?: AbortSignal) {
  return request({ service: 'clients', path: base(domainId), query: params, schema: ClientsPage, signal })
}

/** `roles: true` adds the caller's roles on the client (with their actions), for permission-aware UI. */
export function getClient(domainId: string, clientId: string, options: { roles?: boolean } = {}, signal?: AbortSignal) {
  return request({
    service: 'clients',
    path: one(domainId, clientId),
    query: { roles: options.roles || undefined },
    schema: Client,
    signal,
  })
}

export function createClient(domainId: string, body: ClientCreate) {
  return request({ service: 'clients', path: base(domainId), method: 'POST', body, schema: Client })
}

/** One multi-row insert on the server: all of the batch is created, or none. */
export function createClientsBulk(domainId: string, body: ClientCreate[], signal?: AbortSignal) {
  return request({ service: 'clients', path: `${base(domainId)}/bulk`, method: 'POST', body, schema: ClientsBulkResponse, signal })
}

export function updateClient(domainId: string, clientId: string, body: ClientUpdate) {
  return request({ service: 'clients', path: one(domainId, clientId), method: 'PATCH', body, schema: Client })
}

export function updateClientTags(domainId: string, clientId: string, tags: string[]) {
  return request({ service: 'clients', path: `${one(domainId, clientId)}/tags`, method: 'PATCH', body: { tags }, schema: Client })
}

export function updateClientSecret(domainId: string, clientId: string, secret: string) {
  return request({ service: 'clients', path: `${one(domainId, clientId)}/secret`, method: 'PATCH', body: { secret }, schema: Client })
}

export function setClientEnabled(domainId: string, clientId: string, enabled: boolean) {
  const action = enabled ? 'enable' : 'disable'
  return request({ service: 'clients', path: `${one(domainId, clientId)}/${action}`, method: 'POST', schema: Client })
}

export function deleteClient(domainId: string, clientId: string) {
  return requestVoid({ service: 'clients', path: one(domainId, clientId), method: 'DELETE' })
}

export function setClientParent(domainId: string, clientId: string, parentGroupId: string) {
  return requestVoid({
    service: 'clients',
    path: `${one(domainId, clientId)}/parent`,
    method: 'POST',
    body: { parent_group_id: parentGroupId },
  })
}

export function removeClientParent(domainId: string, clientId: string) {
  return requestVoid({ service: 'clients', path: `${one(domainId, clientId)}/parent`, method: 'DELETE' })
}
