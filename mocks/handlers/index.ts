import type { Database } from '../db/database'
import type { Faults } from '../faults'
import { channelHandlers } from './channels'
import { clientHandlers } from './clients'
import { domainHandlers } from './domains'
import { journalHandlers } from './journal'
import type { MockEnv } from './kit'
import { userHandlers } from './users'

/**
 * Every route of the mock backend. Order matters where paths overlap: MSW answers with the first match,
 * so fixed segments (`/clients/bulk`, `/clients/configs`) come before `/clients/:clientID`.
 */
export function createHandlers(db: Database, faults: Faults, baseUrl: string) {
  const env: MockEnv = { db, faults, baseUrl }
  return [...userHandlers(env), ...domainHandlers(env), ...clientHandlers(env), ...channelHandlers(env), ...journalHandlers(env)]
}
