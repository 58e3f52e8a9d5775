import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { createMockBackend, type BackendOptions, type MockBackend } from '../../mocks/backend'
import { TEST_BASE_URL } from '../../mocks/node'
import { DEMO_PASSWORD } from '../../mocks/seed/generate'
import { signIn } from '../api/auth'
import { session } from '../api/session'

export const ADMIN = 'admin@example.com'
export const VIEWER = 'viewer@example.com'
export const OPERATOR = 'omar.haddad@example.com'

/** A fixed point in time for the seed, so seeded history is the same on every run. */
export const ANCHOR = Date.parse('2026-11-01T12:00:00Z')

/**
 * The mock backend behind msw/node for one test file, reseeded before every test.
 * `onUnhandledRequest: 'error'` makes any call the mock does not know fail loudly.
 */
export function setupTestBackend(options: Partial<BackendOptions> = {}) {
  const build = () => createMockBackend({ baseUrl: TEST_BASE_URL, seed: { anchor: ANCHOR, ...options.seed }, ...options })
  let backend: MockBackend = build()
  const server = setupServer(...backend.handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    backend = build()
    server.resetHandlers(...backend.handlers)
  })
  afterEach(() => session.signOut())
  afterAll(() => server.close())
  return {
    server,
    get db() {
      return backend.db
    },
    get faults() {
      return backend.faults
    },
    /** The main demo domain (Acme Industrial). */
    get domainId() {
      return backend.db.domains.all().find((d) => d.route === 'acme')!.id
    },
  }
}

export async function signInAs(username: string) {
  await signIn({ username, password: DEMO_PASSWORD })
}
