import type { Database } from '../db/database'
import type { Faults } from '../faults'
import { bootstrapHandlers } from './bootstraps'
import { certHandlers } from './certs'
import { channelHandlers } from './channels'
import { clientHandlers } from './clients'
import { connectionHandlers } from './connections'
import { domainHandlers } from './domains'
import { groupHandlers } from './groups'
import { healthHandler } from './health'
import { telemetryHandlers } from './telemetry'
import { journalHandlers } from './journal'
import { httpAdapterHandlers, readerHandlers } from './messaging'
import { dispatch, type MockEnv, type MockRoute } from './kit'
import { clientRoleHandlers } from './roles'
import { userHandlers } from './users'

/** Magistrala's HTTP services, as a deployment runs them (one process and port each). */
export const MOCK_SERVICES = [
  'users',
  'domains',
  'bootstrap',
  'readers',
  'clients',
  'channels',
  'groups',
  'certs',
  'journal',
  'http',
] as const
export type MockService = (typeof MOCK_SERVICES)[number]

/** The name a service's /health gives, where it is not the service's (the readers are named by their database). */
const HEALTH_NAMES: Partial<Record<MockService, string>> = { readers: 'timescaledb-reader', http: 'fluxmq' }

/**
 * Each service's routes. Order matters where paths overlap in one dispatcher: the first match answers, so fixed
 * segments (`/clients/bulk`, bootstrap's `/clients/configs`, `/channels/connect`) come before `/clients/:clientID` and
 * `/channels/:channelID` — which is why bootstrap is listed before clients.
 */
function serviceRoutes(env: MockEnv, httpPrefix: string): Record<MockService, MockRoute[]> {
  return {
    readers: readerHandlers(),
    http: httpAdapterHandlers(httpPrefix),
    users: userHandlers(env),
    domains: domainHandlers(),
    bootstrap: bootstrapHandlers(),
    clients: [...clientHandlers(), ...clientRoleHandlers()],
    channels: [...connectionHandlers(), ...channelHandlers()],
    groups: groupHandlers(),
    certs: certHandlers(),
    journal: [...telemetryHandlers(), ...journalHandlers()],
  }
}

/** Every route of the mock backend behind one MSW handler under `baseUrl`: the in-page and Vitest backend. */
export function createHandlers(db: Database, faults: Faults, baseUrl: string) {
  const env: MockEnv = { db, faults, baseUrl }
  // One base path for every service: the HTTP adapter keeps nginx's `/http` prefix, as the console's publish URL has it.
  const routes = serviceRoutes(env, '/http')
  return [
    dispatch(
      env,
      MOCK_SERVICES.flatMap((service) => routes[service]),
    ),
  ]
}

/**
 * One MSW handler per service, each with the service's own `GET /health`: the HTTP server gives each its port (or
 * routes to it by path, as Magistrala's nginx does). `baseUrl` may be a path (`''` for the root), matching any host.
 */
export function createServiceHandlers(db: Database, faults: Faults, baseUrl = '') {
  const env: MockEnv = { db, faults, baseUrl }
  const routes = serviceRoutes(env, '')
  return Object.fromEntries(
    MOCK_SERVICES.map((service) => [service, [dispatch(env, [healthHandler(HEALTH_NAMES[service] ?? service), ...routes[service]])]]),
  ) as Record<MockService, ReturnType<typeof dispatch>[]>
}
