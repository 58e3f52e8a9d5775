import type { Database, SeedInfo } from './db/database'
import type { Overlay } from './backend'

const KEY = 'fleet-console.mock-db'
/** Bump when the seed generator changes, so an old overlay is not replayed onto different data. */
const VERSION = 7

type Stored = { version: number; seed: SeedInfo } & Overlay

export function loadStored(storage: Storage): Stored | null {
  try {
    const raw = storage.getItem(KEY)
    if (!raw) return null
    const stored = JSON.parse(raw) as Stored
    return stored.version === VERSION ? stored : null
  } catch {
    return null
  }
}

export function clearStored(storage: Storage) {
  storage.removeItem(KEY)
}

/**
 * Saves the overlay shortly after each change (and when the page is hidden), so a reload shows the
 * same state. Returns a way to read the last storage error.
 */
export function persist(db: Database, storage: Storage) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let error: string | null = null
  const save = () => {
    timer = undefined
    const stored: Stored = {
      version: VERSION,
      seed: db.seedInfo,
      changes: db.changes.toJSON(),
      journal: db.journal.appended(),
      messages: db.messages.snapshot(),
    }
    try {
      storage.setItem(KEY, JSON.stringify(stored))
      error = null
    } catch (e) {
      error = e instanceof Error ? e.message : 'storage refused the demo data'
      console.warn('[mock] could not save demo data:', error)
    }
  }
  db.changes.onChange(() => {
    timer ??= setTimeout(save, 250)
  })
  addEventListener('pagehide', () => {
    if (timer) {
      clearTimeout(timer)
      save()
    }
  })
  return { error: () => error }
}
