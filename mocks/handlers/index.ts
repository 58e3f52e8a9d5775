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
import { dispatch, type MockEnv } from './kit'
import { clientRoleHandlers } from './roles'
import { userHandlers } from './users'

/**
 * Every route of the mock backend, behind one MSW handler. Order matters where paths overlap: the first match answers,
 * so fixed segments (`/clients/bulk`, `/clients/configs`, `/channels/connect`) come before `/clients/:clientID`
 * and `/channels/:channelID`.
 */
export function createHandlers(db: Database, faults: Faults, baseUrl: string) {
  const env: MockEnv = { db, faults, baseUrl }
  return [
    dispatch(env, [
      ...userHandlers(env),
      ...domainHandlers(),
      ...bootstrapHandlers(),
      ...clientHandlers(),
      ...clientRoleHandlers(),
      ...connectionHandlers(),
      ...channelHandlers(),
      ...groupHandlers(),
      ...certHandlers(),
      ...telemetryHandlers(),
      ...journalHandlers(),
    ]),
  ]
}
