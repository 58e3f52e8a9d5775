import { isApiError } from './errors'
import { request, requestLocation, requestVoid } from './http'
import {
  BootstrapCertsResponse,
  BootstrapConfig,
  BootstrapConfigsPage,
  DeviceBootstrapResponse,
  type BootstrapCertsUpdate,
  type BootstrapConfigCreate,
  type BootstrapListParams,
  type BootstrapState,
} from './schemas/bootstrap'

/**
 * Bootstrap service (v0.20.0 configuration design). It is an add-on on its own port (9013) that nginx
 * does not proxy, hence its own `service`. A config's id is its client's id.
 */
const base = (domainId: string) => `/${encodeURIComponent(domainId)}/clients/configs`
const one = (domainId: string, configId: string) => `${base(domainId)}/${encodeURIComponent(configId)}`

export function listBootstrapConfigs(domainId: string, params: BootstrapListParams = {}, signal?: AbortSignal) {
  return request({ service: 'bootstrap', path: base(domainId), query: params, schema: BootstrapConfigsPage, signal })
}

export function getBootstrapConfig(domainId: string, configId: string, signal?: AbortSignal) {
  return request({ service: 'bootstrap', path: one(domainId, configId), schema: BootstrapConfig, signal })
}

/**
 * The configuration of a client, or null when it has none (the config id is the client id, so a 404
 * means "no configuration"). For the client page's link to its bootstrap configuration.
 */
export async function findClientBootstrapConfig(domainId: string, clientId: string, signal?: AbortSignal): Promise<BootstrapConfig | null> {
  try {
    return await getBootstrapConfig(domainId, clientId, signal)
  } catch (error) {
    if (isApiError(error) && error.isNotFound) return null
    throw error
  }
}

/**
 * Creates a configuration (201, empty body) and returns its id. Without `client_id` the service first
 * creates a client for it. The id comes from `Location: /clients/configs/{id}`; a cross-origin
 * deployment may hide that header, so fall back to finding the config by its unique external id.
 */
export async function createBootstrapConfig(domainId: string, body: BootstrapConfigCreate): Promise<string> {
  const location = await requestLocation({ service: 'bootstrap', path: base(domainId), method: 'POST', body })
  const id = location?.split('/').filter(Boolean).pop()
  if (id) return decodeURIComponent(id)
  const page = await listBootstrapConfigs(domainId, { external_id: body.external_id, limit: 1 })
  const created = page.configs.find((c) => c.external_id === body.external_id)
  if (!created) throw new Error('The configuration was created, but the server did not say its id')
  return created.client_id
}

/** Replaces both name and content (PUT): pass the current value of the one not being edited. */
export function updateBootstrapConfig(domainId: string, configId: string, body: { name: string; content: string }) {
  return requestVoid({ service: 'bootstrap', path: one(domainId, configId), method: 'PUT', body })
}

/** Replaces all three values; the answer echoes them (including the key, which the UI never shows). */
export function updateBootstrapCerts(domainId: string, configId: string, body: BootstrapCertsUpdate) {
  return request({
    service: 'bootstrap',
    path: `${base(domainId)}/certs/${encodeURIComponent(configId)}`,
    method: 'PATCH',
    body,
    schema: BootstrapCertsResponse,
  })
}

/** Replaces the channel list; while the config is enabled the service connects and disconnects the difference. */
export function updateBootstrapConnections(domainId: string, configId: string, channels: string[]) {
  return requestVoid({
    service: 'bootstrap',
    path: `${base(domainId)}/connections/${encodeURIComponent(configId)}`,
    method: 'PUT',
    body: { channels },
  })
}

/** 1 connects the client to every config channel (publish and subscribe) and lets the device bootstrap; 0 undoes it. */
export function setBootstrapState(domainId: string, configId: string, state: BootstrapState) {
  return requestVoid({
    service: 'bootstrap',
    path: `/${encodeURIComponent(domainId)}/clients/state/${encodeURIComponent(configId)}`,
    method: 'PUT',
    body: { state },
  })
}

export function deleteBootstrapConfig(domainId: string, configId: string) {
  return requestVoid({ service: 'bootstrap', path: one(domainId, configId), method: 'DELETE' })
}

/**
 * What a device gets when it bootstraps: the device-facing route, authenticated with the external key
 * (`Authorization: Client <key>`), not the user's token.
 */
export function fetchDeviceBootstrap(externalId: string, externalKey: string, signal?: AbortSignal) {
  return request({
    service: 'bootstrap',
    path: `/clients/bootstrap/${encodeURIComponent(externalId)}`,
    auth: { client: externalKey },
    schema: DeviceBootstrapResponse,
    signal,
  })
}
