import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { RouterProvider, createMemoryRouter } from 'react-router-dom'
import { afterEach, describe, expect, it } from 'vitest'
import { SIGN_IN_CARD, THEME_KEY as CARD_THEME_KEY, cardSwitch } from '../../../scripts/sign-in-card'
import { REFRESH_KEY } from '../../api/session'
import { THEME_KEY } from '../../lib/theme'
import { setupTestBackend } from '../../test/backend'
import { LoginPage } from './LoginPage'

setupTestBackend()

function renderLogin() {
  const router = createMemoryRouter([{ path: '/login', element: <LoginPage /> }], { initialEntries: ['/login'] })
  return render(<RouterProvider router={router} />)
}

/** The card as the page's HTML has it, in the document beside where React renders. */
function showCard() {
  const holder = document.createElement('div')
  holder.innerHTML = SIGN_IN_CARD
  document.body.append(holder)
  return holder
}

/** Element names, attributes (sorted) and text, with what only the static card or only React writes left out. */
function shape(node: Element): string {
  const ignored = new Set(['id', 'for', 'value', 'data-static-sign-in', 'method', 'aria-disabled', 'type'])
  const attributes = [...node.attributes]
    .filter((a) => !ignored.has(a.name) || (a.name === 'type' && node.tagName === 'INPUT'))
    .map((a) => `${a.name}=${a.value}`)
    .sort()
  const children = [...node.childNodes]
    .map((child) => (child instanceof Element ? shape(child) : (child.textContent ?? '').trim()))
    .filter(Boolean)
  return `<${node.tagName.toLowerCase()} ${attributes.join(' ')}>${children.join('')}</>`
}

afterEach(() => {
  for (const card of document.querySelectorAll('[data-static-sign-in]')) card.parentElement?.remove()
  document.documentElement.removeAttribute('data-sign-in-card')
  document.documentElement.removeAttribute('data-theme')
  sessionStorage.clear()
  localStorage.clear()
})

describe("the sign-in card of the live build's HTML", () => {
  it("is the login page's own markup (a live build: no demo accounts)", () => {
    const { container } = renderLogin()
    const card = showCard()
    expect(shape(card.firstElementChild!)).toBe(shape(container.querySelector('main')!))
    // Each label still names its input.
    for (const label of card.querySelectorAll('label')) expect(card.querySelector(`#${label.htmlFor}`)).toBeInstanceOf(HTMLInputElement)
  })

  it('hands what was typed there, the focus and the caret to the login page', async () => {
    const card = showCard()
    const username = card.querySelector<HTMLInputElement>('input[name=username]')!
    const password = card.querySelector<HTMLInputElement>('input[name=password]')!
    username.value = 'omar.haddad@example.com'
    password.value = '1234'
    password.focus()
    password.setSelectionRange(2, 2)
    renderLogin()
    card.remove()
    expect(screen.getByRole('textbox', { name: 'Username or email' })).toHaveValue('omar.haddad@example.com')
    const live = screen.getByLabelText('Password') as HTMLInputElement
    expect(live).toHaveValue('1234')
    expect(live).toHaveFocus()
    expect([live.selectionStart, live.selectionEnd]).toEqual([2, 2])
    await userEvent.keyboard('xy')
    expect(live).toHaveValue('12xy34')
  })

  it('starts empty where the page has no card', () => {
    renderLogin()
    expect(screen.getByRole('textbox', { name: 'Username or email' })).toHaveValue('')
    expect(screen.getByRole('textbox', { name: 'Username or email' })).not.toHaveFocus()
  })

  it('is shown only to a tab with no session to resume, in the stored theme, and starts the script after it', async () => {
    expect(CARD_THEME_KEY).toBe(THEME_KEY)
    const entries = () => [...document.head.querySelectorAll('script[src="/assets/entry.js"]')]
    const runSwitch = () => new Function(cardSwitch('/assets/entry.js'))()
    localStorage.setItem(THEME_KEY, 'dark')
    runSwitch()
    expect(document.documentElement).toHaveAttribute('data-sign-in-card')
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark')
    expect(entries(), 'not before the card is painted').toHaveLength(0)
    await waitFor(() => expect(entries()).toHaveLength(1))
    expect(entries()[0]).toHaveAttribute('type', 'module')
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(entries(), 'started once').toHaveLength(1)
    entries()[0].remove()

    document.documentElement.removeAttribute('data-sign-in-card')
    sessionStorage.setItem(REFRESH_KEY, 'a refresh token')
    runSwitch()
    expect(document.documentElement).not.toHaveAttribute('data-sign-in-card')
    expect(entries(), 'at once').toHaveLength(1)
    entries()[0].remove()
  })
})
