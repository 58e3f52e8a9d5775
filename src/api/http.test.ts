import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { TEST_BASE_URL } from '../../mocks/node'
import { ADMIN, VIEWER, signInAs, setupTestBackend } from '../test/backend'
import { getProfile } from './auth'
import { createClient, getClient, listClients } from './clients'
import { ApiError, errorMessage } from './errors'
import { reconnection, session } from './session'

const backend = setupTestBackend()

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('expected the request to fail')
}

function countRequests(method: string, path: string) {
  let count = 0
  backend.server.events.on('request:start', ({ request }) => {
    if (request.method === method && new URL(request.url).pathname.endsWith(path)) count++
  })
  return () => count
}

describe('API client against the mock backend', () => {
  it('signs in and reads the profile', async () => {
    await signInAs(ADMIN)
    expect(session.isSignedIn()).toBe(true)
    const profile = await getProfile()
    expect(profile.credentials?.username).toBe('admin')
  })

  it('parses a list page', async () => {
    await signInAs(ADMIN)
    const page = await listClients(backend.domainId, { limit: 5, status: 'all' })
    expect(page.clients).toHaveLength(5)
    expect(page.total).toBe(250)
  })

  it('maps 400 to ApiError with the server message', async () => {
    await signInAs(ADMIN)
    const error = await failure(listClients(backend.domainId, { limit: 500 }))
    expect(error.status).toBe(400)
    expect(error.message).toBe('invalid limit size')
    expect(error.isRetryable).toBe(false)
  })

  it('maps 401 without a session', async () => {
    const error = await failure(listClients(backend.domainId))
    expect(error.status).toBe(401)
    expect(error.message).toBe('missing or invalid bearer user token')
  })

  it('maps 403 for the read-only member', async () => {
    await signInAs(VIEWER)
    const error = await failure(createClient(backend.domainId, { name: 'not allowed' }))
    expect(error.status).toBe(403)
    expect(error.isForbidden).toBe(true)
  })

  it('maps 404 for an unknown client', async () => {
    await signInAs(ADMIN)
    const error = await failure(getClient(backend.domainId, '00000000-0000-4000-8000-000000000000'))
    expect(error.status).toBe(404)
    expect(error.message).toBe('entity not found')
  })

  it('recognises a conflict answered as 400 (duplicate key)', async () => {
    await signInAs(ADMIN)
    await createClient(backend.domainId, { name: 'a', credentials: { secret: 'same-secret' } })
    const error = await failure(createClient(backend.domainId, { name: 'b', credentials: { secret: 'same-secret' } }))
    expect(error.status).toBe(400)
    expect(error.isConflict).toBe(true)
    expect(error.message).toBe('client key is not available')
  })

  it('maps a 500 with an empty body to a readable, retryable error', async () => {
    await signInAs(ADMIN)
    backend.faults.set({ errorRate: 1 })
    const error = await failure(listClients(backend.domainId))
    expect(error.status).toBe(500)
    expect(error.isRetryable).toBe(true)
    expect(errorMessage(error)).toBe('The server had an internal error')
  })

  it('reads Retry-After from a 503', async () => {
    await signInAs(ADMIN)
    backend.faults.set({ unavailableRate: 1, retryAfterSeconds: 3 })
    const error = await failure(listClients(backend.domainId))
    expect(error.status).toBe(503)
    expect(error.retryAfter).toBe(3)
  })

  it('reports a network failure as such', async () => {
    await signInAs(ADMIN)
    backend.faults.set({ networkErrorRate: 1 })
    const error = await failure(listClients(backend.domainId))
    expect(error.kind).toBe('network')
    expect(error.isRetryable).toBe(true)
  })

  it('rejects a response that does not match the schema', async () => {
    await signInAs(ADMIN)
    backend.server.use(http.get(`${TEST_BASE_URL}/:domainID/clients`, () => HttpResponse.json({ clients: 'nope' })))
    const error = await failure(listClients(backend.domainId))
    expect(error.kind).toBe('invalid-response')
  })
})

describe('token refresh', () => {
  it('refreshes an expired access token once and retries the request', async () => {
    backend.faults.set({ accessTokenTtlSeconds: -1 })
    await signInAs(ADMIN)
    backend.faults.set({ accessTokenTtlSeconds: 3600 })
    const refreshes = countRequests('POST', '/users/tokens/refresh')
    const before = session.accessToken()
    const page = await listClients(backend.domainId, { limit: 1 })
    expect(page.clients).toHaveLength(1)
    expect(refreshes()).toBe(1)
    expect(session.accessToken()).not.toBe(before)
  })

  it('shares one refresh between concurrent requests', async () => {
    backend.faults.set({ accessTokenTtlSeconds: -1 })
    await signInAs(ADMIN)
    backend.faults.set({ accessTokenTtlSeconds: 3600 })
    const refreshes = countRequests('POST', '/users/tokens/refresh')
    await Promise.all([listClients(backend.domainId), listClients(backend.domainId, { limit: 2 }), getProfile()])
    expect(refreshes()).toBe(1)
  })

  it('ends the session when the refresh token is refused', async () => {
    backend.faults.set({ accessTokenTtlSeconds: -1, refreshTokenTtlSeconds: -1 })
    await signInAs(ADMIN)
    const events: string[] = []
    const stop = session.subscribe((event) => events.push(event))
    const error = await failure(listClients(backend.domainId))
    stop()
    expect(error.status).toBe(401)
    expect(events).toContain('expired')
    expect(session.isSignedIn()).toBe(false)
  })
})

describe('token refresh during an outage', () => {
  const REFRESH = '/users/tokens/refresh'

  /** Signed in with an access token that has already expired: the next request needs a refresh. */
  async function signInExpired() {
    backend.faults.set({ accessTokenTtlSeconds: -1 })
    await signInAs(ADMIN)
    backend.faults.set({ accessTokenTtlSeconds: 3600 })
  }

  function watchSession() {
    const events: string[] = []
    const stop = session.subscribe((event) => events.push(event))
    return { events, stop }
  }

  for (const [outage, faults] of [
    ['a 503', { unavailableRate: 1, retryAfterSeconds: 0 }],
    ['a network error', { networkErrorRate: 1 }],
  ] as const) {
    it(`keeps the session through ${outage} on the refresh, says it is reconnecting, and carries on once it answers`, async () => {
      await signInExpired()
      const { events, stop } = watchSession()
      const refreshes = countRequests('POST', REFRESH)
      backend.faults.set({ ...faults, match: REFRESH })
      const page = listClients(backend.domainId, { limit: 1 })
      await expect.poll(() => reconnection.active()).toBe(true)
      expect(session.refreshToken()).not.toBeNull()

      backend.faults.set({ unavailableRate: 0, networkErrorRate: 0, match: '' })
      expect((await page).clients).toHaveLength(1)
      stop()
      expect(events).toEqual([])
      expect(reconnection.active()).toBe(false)
      expect(refreshes()).toBe(2)
    })
  }

  it('ends the session when the refresh token is refused with a 400', async () => {
    await signInExpired()
    const { events, stop } = watchSession()
    backend.server.use(http.post(`${TEST_BASE_URL}${REFRESH}`, () => HttpResponse.json({ message: 'malformed token' }, { status: 400 })))
    const error = await failure(listClients(backend.domainId))
    stop()
    expect(error.status).toBe(401)
    expect(events).toEqual(['expired'])
  })

  it('drops a refresh that answers after sign-out: the tokens do not come back', async () => {
    await signInExpired()
    backend.faults.set({ latencyMs: 150, match: REFRESH })
    const refreshes = countRequests('POST', REFRESH)
    const page = failure(listClients(backend.domainId))
    await expect.poll(() => refreshes()).toBe(1)
    session.signOut()
    expect((await page).status).toBe(401)
    expect(session.isSignedIn()).toBe(false)
    expect(session.refreshToken()).toBeNull()
  })

  it('stops retrying at sign-out, and a new sign-in is not handed the old refresh', async () => {
    await signInExpired()
    backend.faults.set({ unavailableRate: 1, retryAfterSeconds: 0, match: REFRESH })
    const refreshes = countRequests('POST', REFRESH)
    const stale = failure(listClients(backend.domainId))
    await expect.poll(() => reconnection.active()).toBe(true)
    session.signOut()
    expect((await stale).status).toBe(401)
    expect(reconnection.active()).toBe(false)
    const tried = refreshes()

    backend.faults.set({ unavailableRate: 0, match: '' })
    await signInExpired()
    expect((await listClients(backend.domainId, { limit: 1 })).clients).toHaveLength(1)
    expect(refreshes()).toBe(tried + 1)
  })
})
