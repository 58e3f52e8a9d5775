import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { listUserJournal } from '../../api/journal'
import { TEST_BASE_URL } from '../../../mocks/node'
import { ADMIN, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { AuditLogsPage } from './AuditLogsPage'

const backend = setupTestBackend()

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

  it('explains to anyone else that the user journal is for super-admins, without asking the server', async () => {
    const requests = vi.fn()
    backend.server.use(
      http.get(`${TEST_BASE_URL}/journal/user/:id`, () => {
        requests()
        return undefined
      }),
    )
    await renderPage(VIEWER)
    expect(await screen.findByRole('heading', { name: 'Only platform super-admins can read a user’s journal' })).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Audit log' })).toBeNull()
    expect(requests).not.toHaveBeenCalled()
  })

  it('lets the viewer pick a client they can read instead, and keeps the choice in the URL', async () => {
    const view = await renderPage(VIEWER)
    await userEvent.click(await screen.findByRole('button', { name: 'Pick a client' }))
    await waitFor(() => expect(view.search().get('type')).toBe('client'))
    expect(screen.getByRole('heading', { name: 'Pick a client' })).toBeInTheDocument()

    const client = [...backend.db.clients.allIn(backend.domainId)].find((c) => c.status === 'enabled' && c.name?.includes('Gateway'))!
    await userEvent.click(screen.getByRole('combobox', { name: 'Client' }))
    await userEvent.paste(client.name!)
    await userEvent.click(await screen.findByRole('option', { name: new RegExp(client.name!) }, { timeout: 3000 }))
    await waitFor(() => expect(view.search().get('id')).toBe(client.id))
    const table = await screen.findByRole('table', { name: 'Audit log' })
    await waitFor(() => expect(operations(table)).toContain('client.create'))
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
