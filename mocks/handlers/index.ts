import type { Database } from '../db/database'
import type { Faults } from '../faults'
import { bootstrapHandlers } from './bootstraps'
import { certHandlers } from './certs'
import { channelHandlers } from './channels'
import { clientHandlers } from './clients'
import { connectionHandlers } from './connections'
import { domainHandlers } from './domains'
import { groupHandlers } from './groups'
import { telemetryHandlers } from './telemetry'
import { journalHandlers } from './journal'
import type { MockEnv } from './kit'
import { clientRoleHandlers } from './roles'
import { userHandlers } from './users'

/**
 * Every route of the mock backend. Order matters where paths overlap: MSW answers with the first match,
 * so fixed segments (`/clients/bulk`, `/clients/configs`, `/channels/connect`) come before `/clients/:clientID`
 * and `/channels/:channelID`.
 */
export function createHandlers(db: Database, faults: Faults, baseUrl: string) {
  const env: MockEnv = { db, faults, baseUrl }
  return [
    ...userHandlers(env),
    ...domainHandlers(env),
    ...bootstrapHandlers(env),
    ...clientHandlers(env),
    ...clientRoleHandlers(env),
    ...connectionHandlers(env),
    ...channelHandlers(env),
    ...groupHandlers(env),
    ...certHandlers(env),
    ...telemetryHandlers(env),
    ...journalHandlers(env),
  ]
}
