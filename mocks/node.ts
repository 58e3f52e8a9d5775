import { setupServer } from 'msw/node'
import { createMockBackend, type BackendOptions } from './backend'

export const TEST_BASE_URL = 'http://localhost/mock-api'

/** The mock backend behind msw/node, for Vitest and the benchmark. */
export function createNodeBackend(options: Partial<BackendOptions> = {}) {
  const backend = createMockBackend({ baseUrl: TEST_BASE_URL, ...options })
  const server = setupServer(...backend.handlers)
  return { ...backend, server }
}
