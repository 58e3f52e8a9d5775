import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN, OPERATOR, setupTestBackend, signInAs } from '../test/backend'
import { CLIENT_LIST_DEFAULTS, toListParams } from '../features/clients/list-params'
import { clientQueries } from '../data/clients'
import { startLandingRequests } from './landing'

const backend = setupTestBackend()

/** "start <path>" and "end <path>" for each request, in the order the mock saw them. */
function timeline() {
  const events: string[] = []
  const path = (request: Request) => new URL(request.url).pathname.replace(/^\/mock-api/, '').replace(/[0-9a-f-]{36}/, '{domain}')
  backend.server.events.on('request:start', ({ request }) => void events.push(`start ${path(request)}`))
  backend.server.events.on('response:mocked', ({ request }) => void events.push(`end ${path(request)}`))
  return events
}

afterEach(() => backend.server.events.removeAllListeners())

async function land(username: string, next: string | null) {
  await signInAs(username)
  const events = timeline()
  const queryClient = new QueryClient()
  startLandingRequests(queryClient, next)
  await new Promise((resolve) => setTimeout(resolve, 300))
  const list = clientQueries.list(backend.domainId, toListParams(CLIENT_LIST_DEFAULTS)).queryKey
  return { events, queryClient, list }
}

describe('the requests that start with a sign-in', () => {
  it("asks for the profile and the domains side by side, then the only domain's first page of clients", async () => {
    const { events, queryClient, list } = await land(OPERATOR, null)
    const firstEnd = events.findIndex((e) => e.startsWith('end'))
    expect(events.slice(0, firstEnd).sort()).toEqual(['start /domains', 'start /users/profile'])
    expect(events.indexOf('start /{domain}/clients')).toBeGreaterThan(events.indexOf('end /domains'))
    expect(queryClient.getQueryData(list)?.clients).toHaveLength(25)
  })

  it('leaves the clients to the page when the user has several domains or was going elsewhere', async () => {
    for (const [username, next] of [
      [ADMIN, null],
      [OPERATOR, '/somewhere'],
    ] as const) {
      const { events, queryClient, list } = await land(username, next)
      expect(events.filter((e) => e.startsWith('start')).sort()).toEqual(['start /domains', 'start /users/profile'])
      expect(queryClient.getQueryState(list)).toBeUndefined()
    }
  })
})
