import { createContext, useContext } from 'react'

/**
 * What the console may ask of the embedded mock backend. main.tsx hands an implementation to <App/>
 * in demo mode; src/ never imports the mock itself.
 */
export type DemoAccount = { label: string; username: string; password: string }

export type DemoFaults = {
  latencyMs: number
  errorRate: number
  unavailableRate: number
  networkErrorRate: number
  timeoutRate: number
  match: string
}

export type DemoControls = {
  accounts: DemoAccount[]
  seed: { clients: number }
  /** Wipes the demo's changes and starts again from the seed (reloads the page). */
  reset(options?: { clients?: number }): void
  faults(): DemoFaults
  setFaults(patch: Partial<DemoFaults>): void
  /** Set when browser storage refused to save the demo's changes. */
  storageError(): string | null
}

/** Present only in demo mode (embedded mock backend). */
export const DemoContext = createContext<DemoControls | null>(null)

export function useDemo(): DemoControls | null {
  return useContext(DemoContext)
}
