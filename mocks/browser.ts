import { setupWorker } from 'msw/browser'
import type { DemoControls, DemoFaults } from '../src/api/demo'
import { createMockBackend } from './backend'
import { mqttWebSocketHandler } from './mqtt/websocket'
import { DEFAULT_FAULTS, faultsFromSearch, type FaultSettings } from './faults'
import { clearStored, loadStored, persist } from './persistence'
import { DEFAULT_CLIENTS, DEMO_ACCOUNTS } from './seed/generate'

const FAULTS_KEY = 'fleet-console.mock-faults'
const SEED_KEY = 'fleet-console.mock-seed'

type SeedChoice = { clients: number; journal?: number }

function readJson<T>(key: string): T | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as T | null
  } catch {
    return null
  }
}

/**
 * On a reload, the old page tells MSW's worker it closed and the worker, seeing no other page yet, unregisters
 * itself; MSW in the new page meanwhile calls `update()` on that registration without awaiting it, which rejects
 * "Not found" as an unhandled error, though the new page is served all the same. Only that rejection is ignored.
 */
function ignoreRegistrationRace() {
  addEventListener('unhandledrejection', (event) => {
    const message = event.reason instanceof Error ? event.reason.message : ''
    if (/^Failed to update a ServiceWorker .*mockServiceWorker\.js.*: Not found/.test(message)) event.preventDefault()
  })
}

/**
 * Starts the in-browser backend: seed (or the saved demo state), then the MSW worker.
 * `?mockClients=100000` picks the seed size; `?mockLatency=…` and friends set faults.
 */
export async function startMockBackend(options: { baseUrl: string }): Promise<DemoControls> {
  const params = new URLSearchParams(location.search)
  const requested = Number(params.get('mockClients'))
  const requestedJournal = Number(params.get('mockJournal'))
  let choice: SeedChoice = readJson<SeedChoice>(SEED_KEY) ?? { clients: DEFAULT_CLIENTS }
  if (requested > 0 || requestedJournal > 0) {
    choice = { clients: requested > 0 ? requested : choice.clients, journal: requestedJournal > 0 ? requestedJournal : undefined }
    localStorage.setItem(SEED_KEY, JSON.stringify(choice))
  }

  let stored = loadStored(localStorage)
  if (stored && (stored.seed.clients !== choice.clients || stored.seed.journal !== choice.journal)) stored = null
  const savedFaults = readJson<Partial<FaultSettings>>(FAULTS_KEY) ?? {}
  const urlFaults = faultsFromSearch(location.search)
  if (Object.keys(urlFaults).length) localStorage.setItem(FAULTS_KEY, JSON.stringify({ ...savedFaults, ...urlFaults }))

  const backend = createMockBackend({
    baseUrl: options.baseUrl,
    seed: { clients: choice.clients, journal: choice.journal, anchor: stored?.seed.anchor },
    overlay: stored ?? undefined,
    faults: { ...savedFaults, ...urlFaults },
  })
  const saved = persist(backend.db, localStorage)

  const worker = setupWorker(...backend.handlers, mqttWebSocketHandler(backend.db))
  ignoreRegistrationRace()
  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest(request, print) {
      if (request.url.startsWith(options.baseUrl)) print.warning()
    },
  })

  const controls: DemoControls = {
    accounts: DEMO_ACCOUNTS,
    seed: { clients: choice.clients },
    reset(next) {
      clearStored(localStorage)
      if (next?.clients) localStorage.setItem(SEED_KEY, JSON.stringify({ clients: next.clients }))
      location.reload()
    },
    faults() {
      const { latencyMs, errorRate, unavailableRate, networkErrorRate, timeoutRate, match } = backend.faults.settings
      return { latencyMs, errorRate, unavailableRate, networkErrorRate, timeoutRate, match }
    },
    setFaults(patch: Partial<DemoFaults>) {
      backend.faults.set(patch)
      const keep = Object.fromEntries(
        Object.entries(backend.faults.settings).filter(([k, v]) => v !== DEFAULT_FAULTS[k as keyof FaultSettings]),
      )
      localStorage.setItem(FAULTS_KEY, JSON.stringify(keep))
    },
    storageError: saved.error,
  }
  // Tests and the benchmark drive the backend from outside the page.
  Object.assign(window, { __fleetMock: { ...controls, backend } })
  return controls
}
