import type { Service } from './config'
import { isApiError } from './errors'
import { request } from './http'
import { Health } from './schemas/health'

/** The compose ports of the services Magistrala's nginx does not proxy: where an operator should point them. */
const OWN_PORTS: Partial<Record<Service, number>> = { bootstrap: 9013, journal: 9021, certs: 9019, readers: 9011 }

/** The names a service's /health gives when they are not the service's own (the readers are named by their database). */
const HEALTH_NAMES: Partial<Record<Service, string[]>> = { readers: ['timescaledb-reader', 'postgres-reader'] }

export type ServiceCheck = { reachable: true; version?: string } | { reachable: false; why: string } | { reachable: 'unknown' }

/**
 * Asks the service's `GET /health` (no authentication) who answers at its configured URL. Magistrala's gateway
 * answers `/health` as the clients service, so a bootstrap, journal or certs URL left at the gateway is found out
 * here, where its routes would only answer the clients service's 403s and 404s. `unknown` when /health itself cannot
 * be read: that proves nothing either way.
 */
export async function checkService(service: Service, signal?: AbortSignal): Promise<ServiceCheck> {
  try {
    const health = await request({ service, path: '/health', auth: 'none', schema: Health, signal })
    const answering = health.description.replace(/ service$/, '')
    if (answering === service || HEALTH_NAMES[service]?.includes(answering)) return { reachable: true, version: health.version }
    const port = OWN_PORTS[service]
    const hint = port ? `; Magistrala's gateway does not route ${service}: configure its own URL (port ${port} in docker-compose)` : ''
    return { reachable: false, why: `that URL answers as the ${answering} service (its /health says so)${hint}` }
  } catch (error) {
    if (isApiError(error) && (error.kind === 'not-the-service' || error.kind === 'network')) {
      return {
        reachable: false,
        why: error.kind === 'network' ? 'nothing answers there' : (error.answer ?? 'something else answers there'),
      }
    }
    if (isApiError(error)) return { reachable: 'unknown' }
    throw error
  }
}
