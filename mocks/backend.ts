import { Database } from './db/database'
import type { TableName } from './db/changes'
import type { JournalEntry } from '../src/api/schemas'
import type { SavedMessages } from './db/message-store'
import { Faults, type FaultSettings } from './faults'
import { createHandlers } from './handlers'
import { seedDatabase, type SeedOptions } from './seed/generate'

/** Changes since the seed, as persisted between page loads. */
export type Overlay = {
  changes: Record<string, [string, unknown][]>
  journal: JournalEntry[]
  /** Absent in state saved before messaging was kept. */
  messages?: SavedMessages
}

export type BackendOptions = {
  baseUrl: string
  seed?: SeedOptions
  overlay?: Overlay
  faults?: Partial<FaultSettings>
}

/** A seeded database and its fault settings: the state every runtime of the mock backend serves. */
export function createMockState(options: Omit<BackendOptions, 'baseUrl'> = {}) {
  const db = new Database()
  seedDatabase(db, options.seed)
  if (options.overlay) replay(db, options.overlay)
  return { db, faults: new Faults(options.faults) }
}

/** A seeded database with its handlers: the same assembly for the browser, Vitest and the benchmark. */
export function createMockBackend(options: BackendOptions) {
  const { db, faults } = createMockState(options)
  const handlers = createHandlers(db, faults, options.baseUrl)
  return { db, faults, handlers }
}

function replay(db: Database, overlay: Overlay) {
  for (const [table, rows] of Object.entries(overlay.changes)) {
    for (const [key, value] of rows) db.applyChange(table as TableName, key, value)
  }
  for (const entry of overlay.journal) db.journal.append(entry)
  if (overlay.messages) db.messages.restore(overlay.messages)
}

export type MockBackend = ReturnType<typeof createMockBackend>
