import { useSyncExternalStore } from 'react'
import { readStored, writeStored } from './browser-storage'

/** Absolute times in the browser's time zone, or in UTC (to match server logs and exports). */
export type TimeZoneChoice = 'local' | 'utc'

const KEY = 'fleet-console.time-zone'
const listeners = new Set<() => void>()
let current: TimeZoneChoice = readStored(KEY) === 'utc' ? 'utc' : 'local'

export function timeZoneChoice(): TimeZoneChoice {
  return current
}

/** Kept in the browser; every time on screen that subscribes redraws at once. */
export function setTimeZoneChoice(choice: TimeZoneChoice) {
  current = choice
  writeStored(KEY, choice === 'utc' ? 'utc' : null)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useTimeZoneChoice(): TimeZoneChoice {
  return useSyncExternalStore(subscribe, timeZoneChoice)
}

/** Re-reads the stored choice (another tab, a test). */
export function reloadTimeZoneChoice() {
  setTimeZoneChoice(readStored(KEY) === 'utc' ? 'utc' : 'local')
}
