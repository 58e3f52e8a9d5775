import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { listClients } from '../../api/clients'
import { listCerts } from '../../api/certs'
import { getClientTelemetry } from '../../api/telemetry'
import { formatRelative } from '../../lib/format'
import { ADMIN, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ClientsPage } from './ClientsPage'
import { CLIENT_LIST_DEFAULTS, toListParams } from './list-params'
import { clientQueries } from './queries'

const backend = setupTestBackend()

async function renderClients(path = '') {
  await signInAs(ADMIN)
  const view = await renderInDomain(
    backend.domainId,
    [
      { path: '/:domainId/clients', element: <ClientsPage /> },
      { path: '/:domainId/clients/:clientId', element: <p>client page</p> },
    ],
    `/${backend.domainId}/clients${path}`,
  )
  const table = await screen.findByRole('table', { name: 'Clients' })
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2))
  return { ...view, table }
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)
const firstName = (table: HTMLElement) => within(bodyRows(table)[0]).getAllByRole('link')[0].textContent

describe('ClientsPage', () => {
  it('renders a page of clients, newest first, with the total', async () => {
    const { table } = await renderClients()
    const expected = await listClients(backend.domainId, { limit: 25, status: 'all', order: 'created_at', dir: 'desc' })
    expect(bodyRows(table)).toHaveLength(25)
    expect(firstName(table)).toBe(expected.clients[0].name)
    expect(screen.getByText('1–25 of 250 clients')).toBeInTheDocument()
    expect(within(table).getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending')
  })

  it('sorts by name through the URL', async () => {
    const { table, search } = await renderClients()
    await userEvent.click(within(table).getByRole('button', { name: /Name/ }))
    await waitFor(() => expect(search().get('sort')).toBe('name'))
    expect(search().get('dir')).toBe('asc')
    const expected = await listClients(backend.domainId, { limit: 1, status: 'all', order: 'name', dir: 'asc' })
    await waitFor(() => expect(firstName(table)).toBe(expected.clients[0].name))
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending')
  })

  it('pages through the URL', async () => {
    const { search } = await renderClients()
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(search().get('page')).toBe('2'))
    expect(await screen.findByText('26–50 of 250 clients')).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50')
    await waitFor(() => expect(search().get('size')).toBe('50'))
    expect(search().get('page')).toBeNull()
  })

  it('fetches the next page while this one is read, and only when there is one', async () => {
    const { queryClient } = await renderClients()
    const pageKey = (page: number) => clientQueries.list(backend.domainId, toListParams({ ...CLIENT_LIST_DEFAULTS, page })).queryKey
    await waitFor(() => expect(queryClient.getQueryData(pageKey(2))?.clients).toHaveLength(25))
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '100')
    await screen.findByText('1–100 of 250 clients')
    await userEvent.click(screen.getByRole('button', { name: 'Page 3' }))
    await screen.findByText('201–250 of 250 clients')
    await new Promise((resolve) => setTimeout(resolve, 400))
    const lastPlusOne = clientQueries.list(backend.domainId, toListParams({ ...CLIENT_LIST_DEFAULTS, size: 100, page: 4 })).queryKey
    expect(queryClient.getQueryState(lastPlusOne)).toBeUndefined()
  })

  it('searches by name after the user pauses typing', async () => {
    const { table, search } = await renderClients()
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search clients by name' }), 'gateway')
    await waitFor(() => expect(search().get('q')).toBe('gateway'))
    await waitFor(() => expect(bodyRows(table).every((row) => /gateway/i.test(row.textContent ?? ''))).toBe(true))
  })

  it('restores its state from the URL', async () => {
    const { table } = await renderClients('?status=disabled&sort=name&dir=desc')
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('disabled')
    expect(bodyRows(table).every((row) => within(row).queryByText('Disabled'))).toBe(true)
  })

  it('opens a client when its row is clicked', async () => {
    const { table, router } = await renderClients()
    const row = bodyRows(table)[0]
    await userEvent.click(within(row).getByText('Enabled').closest('td')!)
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/clients\/[0-9a-f-]{36}$/))
  })
  it('fills in each row authentication and last seen once the rows are painted, and from the cache when back', async () => {
    const { table, queryClient } = await renderClients()
    const page = await listClients(backend.domainId, { limit: 25, status: 'all', order: 'created_at', dir: 'desc' })
    const facts = await Promise.all(
      page.clients.map(async (client) => ({
        client,
        certified: (await listCerts(backend.domainId, { entity_id: client.id })).certificates.some((c) => !c.revoked),
        lastSeen: (await getClientTelemetry(backend.domainId, client.id))?.last_seen,
      })),
    )
    const rowOf = (name: string) => bodyRows(table).find((row) => within(row).getAllByRole('link')[0].textContent === name)!
    const pending = () => [...table.querySelectorAll('td.col-last-seen')].filter((cell) => cell.textContent === '…')
    await waitFor(() => expect(pending()).toHaveLength(0))
    for (const { client, certified, lastSeen } of facts) {
      const row = rowOf(client.name!)
      if (certified) expect(row.querySelector('td.col-auth')).toHaveTextContent('Certificate')
      expect(row.querySelector('td.col-last-seen')).toHaveTextContent(lastSeen ? formatRelative(lastSeen) : 'Never seen')
    }
    expect(facts.some((f) => f.lastSeen)).toBe(true)

    // Back on a page already seen, the cells render from the cache straight away.
    queryClient.setQueryDefaults(['certs'], { staleTime: Infinity })
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }))
    await screen.findByText('26–50 of 250 clients')
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }))
    await screen.findByText('1–25 of 250 clients')
    expect(pending()).toHaveLength(0)
  })
})
