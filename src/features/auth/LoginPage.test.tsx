import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { RouterProvider, createMemoryRouter } from 'react-router-dom'
import { describe, expect, it, vi } from 'vitest'
import { session } from '../../api/session'
import { DemoContext, type DemoControls } from '../../lib/demo'
import { ADMIN, setupTestBackend } from '../../test/backend'
import { DEMO_PASSWORD } from '../../../mocks/seed/generate'
import { LoginPage } from './LoginPage'

const backend = setupTestBackend()

function renderLogin(path = '/login', demo: DemoControls | null = null, onSignInStart?: () => void) {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage onSignInStart={onSignInStart} /> },
      { path: '*', element: <p>Signed in page</p> },
    ],
    { initialEntries: [path] },
  )
  render(
    <DemoContext.Provider value={demo}>
      <RouterProvider router={router} />
    </DemoContext.Provider>,
  )
  return router
}

const username = () => screen.getByRole('textbox', { name: 'Username or email' })
const password = () => screen.getByLabelText('Password')
const submit = () => screen.getByRole('button', { name: 'Sign in' })

describe('LoginPage', () => {
  it('explains empty fields without sending anything, focuses the first one and re-checks as the user types', async () => {
    const user = userEvent.setup()
    renderLogin()
    await user.click(submit())
    expect(screen.getByText('Enter your username or email')).toBeInTheDocument()
    expect(screen.getByText('Enter your password')).toBeInTheDocument()
    expect(username()).toHaveAttribute('aria-invalid', 'true')
    expect(username()).toHaveFocus()
    expect(session.isSignedIn()).toBe(false)

    await user.type(username(), 'someone')
    expect(screen.queryByText('Enter your username or email')).not.toBeInTheDocument()
    expect(screen.getByText('Enter your password')).toBeInTheDocument()
    await user.click(submit())
    expect(password()).toHaveFocus()
  })

  it('says when a valid form is sent, so the way after sign-in can load beside the token request', async () => {
    const user = userEvent.setup()
    const onSignInStart = vi.fn()
    renderLogin('/login', null, onSignInStart)
    await user.click(submit())
    expect(onSignInStart).not.toHaveBeenCalled()
    await user.type(username(), ADMIN)
    await user.type(password(), DEMO_PASSWORD)
    await user.click(submit())
    expect(onSignInStart).toHaveBeenCalledTimes(1)
    expect(await screen.findByText('Signed in page')).toBeInTheDocument()
  })

  it('does not complain before the first submit', async () => {
    const user = userEvent.setup()
    renderLogin()
    await user.type(username(), 'a')
    await user.clear(username())
    expect(screen.queryByText('Enter your username or email')).not.toBeInTheDocument()
  })

  it('keeps what was typed when the password is wrong', async () => {
    const user = userEvent.setup()
    const router = renderLogin()
    await user.type(username(), ADMIN)
    await user.type(password(), 'not-the-password')
    await user.click(submit())
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid username or password')
    expect(username()).toHaveValue(ADMIN)
    expect(password()).toHaveValue('not-the-password')
    expect(submit()).toBeEnabled()
    expect(router.state.location.pathname).toBe('/login')
  })

  it('signs in with the trimmed username and follows only same-site next paths', async () => {
    const user = userEvent.setup()
    const router = renderLogin('/login?next=%2Fdomain%2Fclients')
    await user.type(username(), `  ${ADMIN}  `)
    await user.type(password(), DEMO_PASSWORD)
    await user.click(submit())
    expect(await screen.findByText('Signed in page')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/domain/clients')
    expect(session.isSignedIn()).toBe(true)
  })

  for (const next of ['//evil.example', '/\\evil.example', '/\t/evil.example', 'https://evil.example/']) {
    it(`ignores a next path that leaves the site: ${JSON.stringify(next)}`, async () => {
      const user = userEvent.setup()
      const router = renderLogin(`/login?next=${encodeURIComponent(next)}`)
      await user.type(username(), ADMIN)
      await user.type(password(), DEMO_PASSWORD)
      await user.click(submit())
      await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    })
  }

  it('says what went wrong when the server fails, and can be retried', async () => {
    const user = userEvent.setup()
    backend.faults.set({ errorRate: 1, match: 'tokens' })
    renderLogin()
    await user.type(username(), ADMIN)
    await user.type(password(), DEMO_PASSWORD)
    await user.click(submit())
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Could not sign in/)
    backend.faults.set({ errorRate: 0 })
    await user.click(submit())
    expect(await screen.findByText('Signed in page')).toBeInTheDocument()
  })

  it('fills in a demo account', async () => {
    const user = userEvent.setup()
    const demo = { accounts: [{ label: 'Administrator', username: ADMIN, password: DEMO_PASSWORD }] } as DemoControls
    renderLogin('/login', demo)
    await user.click(submit())
    await user.click(screen.getByRole('button', { name: 'Use' }))
    expect(username()).toHaveValue(ADMIN)
    expect(password()).toHaveValue(DEMO_PASSWORD)
    expect(screen.queryByText('Enter your password')).not.toBeInTheDocument()
  })
})
