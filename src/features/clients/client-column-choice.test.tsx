import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ClientsPage } from './ClientsPage'

const backend = setupTestBackend()

async function renderClients(query = '?sort=name&dir=asc') {
  await signInAs(ADMIN)
  const view = await renderInDomain(
    backend.domainId,
    [{ path: '/:domainId/clients', element: <ClientsPage /> }],
    `/${backend.domainId}/clients${query}`,
  )
  const table = await screen.findByRole('table', { name: 'Clients' })
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2), { timeout: 5000 })
  return { ...view, table }
}

const headers = (table: HTMLElement) =>
  [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim()).filter((text) => text && text !== 'Select')

describe('the clients column chooser', { timeout: 60_000 }, () => {
  beforeEach(() => localStorage.clear())

  it('shows, hides and reorders columns and adds metadata keys, and the table keeps the choice', async () => {
    const user = userEvent.setup()
    const first = await renderClients()
    expect(headers(first.table)).toEqual(['Name', 'ID', 'Tags', 'Status', 'Authentication', 'Last seen', 'Created', 'Actions'])

    await user.click(screen.getByRole('button', { name: 'Columns' }))
    const dialog = await screen.findByRole('dialog', { name: 'Clients: columns' })
    await user.click(within(dialog).getByRole('checkbox', { name: 'Tags' }))
    await user.click(within(dialog).getByRole('checkbox', { name: 'Identity' }))
    await user.click(within(dialog).getByRole('button', { name: 'Move Status up' }))
    await user.type(within(dialog).getByRole('textbox', { name: 'Metadata key as a column' }), 'model')
    await user.click(within(dialog).getByRole('button', { name: 'Add column' }))
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))

    const chosen = ['Name', 'ID', 'Status', 'Authentication', 'Last seen', 'Created', 'Identity', 'model', 'Actions']
    expect(headers(first.table)).toEqual(chosen)
    const withModel = [...backend.db.clients.allIn(backend.domainId)]
      .filter((c) => typeof c.metadata?.model === 'string')
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))[0]
    expect(withModel, 'the seed has clients with a model').toBeDefined()
    first.unmount()

    // A new visit opens with the same arrangement.
    const again = await renderClients()
    expect(headers(again.table)).toEqual(chosen)
    const modelCells = [...again.table.querySelectorAll('td.col-metadata')].map((td) => td.textContent)
    expect(modelCells.some((text) => text && text !== '—')).toBe(true)

    await user.click(screen.getByRole('button', { name: 'Columns' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset to default' }))
    expect(headers(again.table)).toEqual(['Name', 'ID', 'Tags', 'Status', 'Authentication', 'Last seen', 'Created', 'Actions'])
    expect(localStorage.getItem('fleet-console.columns.clients')).toBeNull()
  })

  it('saves a view (filters, sort, columns), opens it from the menu, and shares it as a link', async () => {
    const user = userEvent.setup()
    const first = await renderClients('?sort=name&dir=asc&status=enabled')
    await user.click(screen.getByRole('button', { name: 'Columns' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('checkbox', { name: 'Tags' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Done' }))

    await user.click(screen.getByRole('button', { name: 'Saved views' }))
    await user.click(screen.getByRole('menuitem', { name: 'Save this view…' }))
    await user.type(within(await screen.findByRole('dialog')).getByRole('textbox', { name: 'Name' }), 'Enabled by name')
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Save view' }))

    // Elsewhere: another sort, every column.
    await user.click(screen.getByRole('button', { name: 'Columns' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset to default' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Done' }))
    await first.router.navigate(`/${backend.domainId}/clients?sort=created_at&dir=desc`)
    await waitFor(() => expect(headers(first.table)).toContain('Tags'))

    await user.click(screen.getByRole('button', { name: 'Saved views' }))
    await user.click(screen.getByRole('menuitem', { name: 'Enabled by name' }))
    await waitFor(() => expect(first.search().get('sort')).toBe('name'))
    expect(first.search().get('status')).toBe('enabled')
    expect(headers(first.table)).not.toContain('Tags')

    await user.click(screen.getByRole('button', { name: 'Saved views' }))
    await user.click(screen.getByRole('menuitem', { name: 'Copy a link to this view' }))
    const link = new URL(await navigator.clipboard.readText())
    expect(link.searchParams.get('columns')).toBe('name,id,status,auth,last_seen,created_at')
    first.unmount()

    // The link, opened in a browser that has no arrangement of its own.
    localStorage.removeItem('fleet-console.columns.clients')
    const shared = await renderClients(link.search)
    await waitFor(() => expect(headers(shared.table)).not.toContain('Tags'))
    expect(shared.search().get('sort')).toBe('name')
    await waitFor(() => expect(shared.search().get('columns')).toBeNull())
  })
})
