import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// A browser zone that is not UTC, set before the formatters are made, so the two choices differ.
const zoneBefore = vi.hoisted(() => {
  const before = process.env.TZ
  process.env.TZ = 'Asia/Kolkata'
  return before
})
afterAll(() => {
  process.env.TZ = zoneBefore
})
import { Header } from '../app/layout/Header'
import { DateTime, RelativeTime } from '../components/ui/RelativeTime'
import { ADMIN, signInAs, setupTestBackend } from '../test/backend'
import { renderInDomain } from '../test/render'
import { reloadTimeZoneChoice, setTimeZoneChoice, timeZoneChoice } from './time-zone'

const backend = setupTestBackend()
const AT = '2026-11-01T12:05:07Z'
const inBrowserZone = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' }).format(new Date(AT))

async function renderWithMenu() {
  await signInAs(ADMIN)
  return renderInDomain(
    backend.domainId,
    [
      {
        path: '/:domainId',
        element: (
          <>
            <Header onOpenNav={() => {}} />
            <DateTime value={AT} />
            <RelativeTime value={AT} />
          </>
        ),
      },
    ],
    `/${backend.domainId}`,
  )
}

describe('the time zone setting', { timeout: 15_000 }, () => {
  beforeEach(() => {
    localStorage.clear()
    reloadTimeZoneChoice()
  })
  afterEach(() => vi.restoreAllMocks())

  it('switches every time on screen between the browser’s zone and UTC from the user menu, and keeps the choice', async () => {
    expect(inBrowserZone, 'the test runs in a zone other than UTC').toMatch(/5:35:07/)
    await renderWithMenu()
    const shown = () => document.querySelectorAll('time')
    expect(shown()[0]).toHaveTextContent(inBrowserZone)
    await userEvent.click(await screen.findByRole('button', { name: /^Account:/ }))
    await userEvent.click(screen.getByRole('menuitem', { name: 'Times: UTC' }))
    expect(shown()[0]).toHaveTextContent(/Nov 1, 2026.*12:05:07.*UTC/)
    expect(shown()[1], 'the hover text of a relative time follows').toHaveAttribute('title', shown()[0].textContent!)
    expect(localStorage.getItem('fleet-console.time-zone')).toBe('utc')

    // A new page load reads it back.
    reloadTimeZoneChoice()
    expect(timeZoneChoice()).toBe('utc')

    await userEvent.click(screen.getByRole('button', { name: /^Account:/ }))
    const menu = screen.getByRole('menu')
    await userEvent.click(within(menu).getByRole('menuitem', { name: /^Times: local \(Asia\/(Kolkata|Calcutta)\)$/ }))
    expect(shown()[0]).toHaveTextContent(inBrowserZone)
    expect(localStorage.getItem('fleet-console.time-zone')).toBeNull()
  })

  it('still switches where storage is blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    act(() => setTimeZoneChoice('utc'))
    expect(timeZoneChoice()).toBe('utc')
    reloadTimeZoneChoice()
    expect(timeZoneChoice()).toBe('local')
  })
})
