import { render, screen } from '@testing-library/react'
import { RouterProvider, createMemoryRouter } from 'react-router-dom'
import { describe, expect, it, vi } from 'vitest'
import { TEST_BASE_URL } from '../../mocks/node'
import { ADMIN, setupTestBackend, signInAs } from '../test/backend'

const backend = setupTestBackend()
const REFRESH = '/users/tokens/refresh'

/**
 * A reload: the API modules start afresh (the access token lived in memory only) while the refresh token
 * stays in this tab's sessionStorage. Returns the fresh RequireSession.
 */
async function reload() {
  vi.resetModules()
  const { configureApi, resolveConfig } = await import('../api/config')
  configureApi({ ...resolveConfig({ VITE_API_URL: TEST_BASE_URL }), mock: true })
  const { session } = await import('../api/session')
  expect(session.isSignedIn()).toBe(false)
  expect(session.refreshToken()).not.toBeNull()
  const { RequireSession } = await import('./RequireSession')
  const router = createMemoryRouter(
    [
      { element: <RequireSession />, children: [{ path: '/', element: <p>Inside the console</p> }] },
      { path: '/login', element: <p>Sign-in page</p> },
    ],
    { initialEntries: ['/'] },
  )
  render(<RouterProvider router={router} />)
  return { session }
}

describe('RequireSession after a reload', () => {
  it('waits out an outage of the refresh, saying it is reconnecting, instead of signing out', async () => {
    await signInAs(ADMIN)
    backend.faults.set({ unavailableRate: 1, retryAfterSeconds: 0, match: REFRESH })
    const { session } = await reload()
    expect(await screen.findByText(/^Reconnecting…/)).toHaveAttribute('role', 'status')
    expect(screen.queryByText('Sign-in page')).not.toBeInTheDocument()

    backend.faults.set({ unavailableRate: 0, match: '' })
    expect(await screen.findByText('Inside the console')).toBeInTheDocument()
    expect(session.isSignedIn()).toBe(true)
  })

  it('signs out when the refresh token is refused', async () => {
    await signInAs(ADMIN)
    backend.faults.set({ refreshTokenTtlSeconds: -1 })
    await signInAs(ADMIN)
    const { session } = await reload()
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument()
    expect(session.refreshToken()).toBeNull()
  })
})
