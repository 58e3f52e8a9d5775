import { isApiError } from './errors'
import { request } from './http'
import { ClientTelemetry } from './schemas/telemetry'

/** A client's activity; `null` when the journal has never seen it connect (404). */
export async function getClientTelemetry(domainId: string, clientId: string, signal?: AbortSignal): Promise<ClientTelemetry | null> {
  try {
    return await request({
      service: 'journal',
      path: `/${encodeURIComponent(domainId)}/journal/client/${encodeURIComponent(clientId)}/telemetry`,
      schema: ClientTelemetry,
      signal,
    })
  } catch (error) {
    if (isApiError(error) && error.isNotFound) return null
    throw error
  }
}
