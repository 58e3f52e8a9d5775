/**
 * What the console may ask of the embedded mock backend in demo mode. Types only: the mock implements this contract
 * (mocks/browser.ts) and main.tsx hands the implementation to <App/>, so src/ never imports the mock itself.
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
