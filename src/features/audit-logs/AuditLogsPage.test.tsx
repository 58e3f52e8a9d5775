import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { listUserJournal } from '../../api/journal'
import { TEST_BASE_URL } from '../../../mocks/node'
import { ADMIN, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { AuditLogsPage } from './AuditLogsPage'

const backend = setupTestBackend()

// The page remembers the last journal chosen per domain.
beforeEach(() => localStorage.clear())

async function renderPage(user: string, search = '') {
  await signInAs(user)
  return renderInDomain(
    backend.domainId,
    [{ path: '/:domainId/audit-logs', element: <AuditLogsPage /> }],
    `/${backend.domainId}/audit-logs${search}`,
  )
}

// Plain DOM reads: role queries recompute styles on every poll and are slow in jsdom.
const operations = (table: HTMLElement) =>
  [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => row.cells[0].textContent)

// Whole user journeys on a shared two-core machine: allow more than the default 5 s.
describe('AuditLogsPage', { timeout: 15_000 }, () => {
  it('shows a super-admin their own activity by default, through the user journal', async () => {
    const admin = backend.db.findUserByLogin(ADMIN)!
    await renderPage(ADMIN)
    const expected = await listUserJournal(admin.id, { limit: 10 })
    expect(expected.journals[0].operation, 'signing in is journaled too').toBe('user.issue_token')
    expect(screen.getByRole('heading', { name: 'Audit logs', level: 1 })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Journal of' })).toHaveValue('user')
    const table = await screen.findByRole('table', { name: 'Audit log' })
    await waitFor(() => expect(operations(table)).toEqual(expected.journals.map((j) => j.operation)))
    expect(within(screen.getByRole('region', { name: 'Journal to show' })).getByText('Ada Admin (you)')).toBeInTheDocument()
  })

  it('opens anyone else on a client picker, never offering the user journal nor asking for it', async () => {
    const requests = vi.fn()
    backend.server.use(
      http.get(`${TEST_BASE_URL}/journal/user/:id`, () => {
        requests()
        return undefined
      }),
    )
    // Even a link to a user journal opens on what the viewer can read.
    await renderPage(VIEWER, '?type=user')
    expect(await screen.findByRole('heading', { name: 'Pick a client' })).toBeInTheDocument()
    const kinds = screen.getByRole('combobox', { name: 'Journal of' })
    expect(kinds).toHaveValue('client')
    expect([...kinds.querySelectorAll('option')].map((o) => o.value)).toEqual(['client', 'channel', 'group'])
    expect(screen.queryByRole('table', { name: 'Audit log' })).toBeNull()
    expect(requests).not.toHaveBeenCalled()
  })

  it('lets the viewer pick a client, keeps it in the URL and opens on it next time in this domain', async () => {
    const view = await renderPage(VIEWER)
    const client = [...backend.db.clients.allIn(backend.domainId)].find((c) => c.status === 'enabled' && c.name?.includes('Gateway'))!
    await userEvent.click(await screen.findByRole('combobox', { name: 'Client' }))
    await userEvent.paste(client.name!)
    await userEvent.click(await screen.findByRole('option', { name: new RegExp(client.name!) }, { timeout: 3000 }))
    await waitFor(() => expect(view.search().get('id')).toBe(client.id))
    expect(view.search().get('type')).toBe('client')
    const table = await screen.findByRole('table', { name: 'Audit log' })
    await waitFor(() => expect(operations(table)).toContain('client.create'))
    view.unmount()

    await renderPage(VIEWER)
    expect(await screen.findByText(client.name!)).toBeInTheDocument()
    const again = await screen.findByRole('table', { name: 'Audit log' })
    await waitFor(() => expect(operations(again)).toContain('client.create'))
  })

  it('restores a chosen channel from the URL, with its name', async () => {
    const channel = [...backend.db.channels.allIn(backend.domainId)][0]
    await renderPage(VIEWER, `?type=channel&id=${channel.id}&op=channel.create`)
    expect(await screen.findByText(channel.name!)).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: 'Audit log' })
    await waitFor(() => expect(operations(table)).toEqual(['channel.create']))
  })

  it("says so when the server refuses an entity's journal", async () => {
    await renderPage(VIEWER, '?type=group&id=some-group')
    expect(await screen.findByRole('heading', { name: 'You cannot read this journal' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Export CSV/ })).toHaveAttribute('aria-disabled', 'true')
  })
})
