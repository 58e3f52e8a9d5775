import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { listClients } from '../../api/clients'
import { issueCert, listCerts } from '../../api/certs'
import { getClientTelemetry } from '../../api/telemetry'
import { formatRelative } from '../../lib/format'
import { ADMIN, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ClientsPage } from './ClientsPage'
import { DOMAIN_CERTS_MAX, certQueries } from '../../data/certificates'
import { clientQueries } from '../../data/clients'
import { CLIENT_LIST_DEFAULTS, toListParams } from './list-params'

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
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search clients by name or ID' }), 'gateway')
    await waitFor(() => expect(search().get('q')).toBe('gateway'))
    await waitFor(() => expect(bodyRows(table).every((row) => /gateway/i.test(row.textContent ?? ''))).toBe(true))
  })

  it('finds a client by a pasted id', async () => {
    const { table, search } = await renderClients()
    const page = await listClients(backend.domainId, { limit: 30, offset: 40, status: 'all' })
    const wanted = page.clients.at(-1)!
    await userEvent.click(screen.getByRole('searchbox', { name: 'Search clients by name or ID' }))
    await userEvent.paste(wanted.id.toUpperCase())
    await waitFor(() => expect(search().get('q')).toBe(wanted.id.toUpperCase()))
    await waitFor(() => expect(bodyRows(table).map((row) => within(row).getByRole('link').textContent)).toEqual([wanted.name]))
    expect(screen.getByRole('group', { name: 'Active filters' })).toHaveTextContent(`id is ${wanted.id.toUpperCase()}`)
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

/** The certs and journal requests the mock receives: URLs of the certificate lists and of the telemetry reads. */
function perRowRequests() {
  const certs: URL[] = []
  const telemetry: URL[] = []
  backend.server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.pathname.endsWith('/certs')) certs.push(url)
    if (url.pathname.endsWith('/telemetry')) telemetry.push(url)
  })
  return { certs, telemetry }
}

/** Stands in for the browser's IntersectionObserver: nothing is on screen until `reveal` says so. */
class FakeIntersectionObserver {
  static observers = new Set<FakeIntersectionObserver>()
  readonly watched = new Set<Element>()
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.observers.add(this)
  }
  observe(element: Element) {
    this.watched.add(element)
  }
  unobserve(element: Element) {
    this.watched.delete(element)
  }
  disconnect() {
    this.watched.clear()
  }
  takeRecords() {
    return []
  }
}

/** Scrolls these rows into view, as far as the page can tell. */
async function reveal(rows: HTMLElement[]) {
  await waitFor(() =>
    expect([...FakeIntersectionObserver.observers].some((o) => [...o.watched].some((e) => rows[0].contains(e)))).toBe(true),
  )
  for (const observer of FakeIntersectionObserver.observers) {
    const entries = [...observer.watched]
      .filter((element) => rows.some((row) => row.contains(element)))
      .map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry)
    if (entries.length) act(() => observer.callback(entries, observer as unknown as IntersectionObserver))
  }
}

const lastSeenTexts = (rows: HTMLElement[]) => rows.map((row) => row.querySelector('td.col-last-seen')?.textContent)
const settle = () => new Promise((resolve) => setTimeout(resolve, 400))

describe('ClientsPage per-row requests', () => {
  beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver))
  afterEach(() => {
    vi.unstubAllGlobals()
    backend.server.events.removeAllListeners('request:start')
  })

  it("reads the domain's certificates once, and last seen only for rows on screen, cached across pages", async () => {
    const sent = perRowRequests()
    const { table } = await renderClients()
    await reveal(bodyRows(table).slice(0, 10))
    await waitFor(() => expect(lastSeenTexts(bodyRows(table).slice(0, 10))).not.toContain('…'))
    await settle()
    expect(lastSeenTexts(bodyRows(table).slice(10)).every((text) => text === '…')).toBe(true)
    expect(sent.telemetry).toHaveLength(10)
    expect(sent.certs.map((url) => url.searchParams.get('entity_id'))).toEqual([null])

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }))
    await screen.findByText('26–50 of 250 clients')
    await reveal(bodyRows(table).slice(0, 10))
    await waitFor(() => expect(sent.telemetry).toHaveLength(20))

    // Back on the first page: its rows on screen are known already, and so are the domain's certificates.
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }))
    await screen.findByText('1–25 of 250 clients')
    await reveal(bodyRows(table).slice(0, 10))
    await settle()
    expect(lastSeenTexts(bodyRows(table).slice(0, 10))).not.toContain('…')
    expect(sent.telemetry).toHaveLength(20)
    expect(sent.certs).toHaveLength(1)
  })

  it('asks each client on screen for its certificates when the domain has more than the console lists', async () => {
    for (let i = 0; i <= DOMAIN_CERTS_MAX; i++) {
      const serial = `many-${i}`
      const entity = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`
      backend.db.certs.put({
        id: serial,
        serial_number: serial,
        revoked: false,
        expiry_time: '2030-01-01T00:00:00Z',
        entity_id: entity,
        domain_id: backend.domainId,
      })
    }
    const sent = perRowRequests()
    const { table } = await renderClients()
    const page = await listClients(backend.domainId, { limit: 25, status: 'all', order: 'created_at', dir: 'desc' })
    const onScreen = page.clients.slice(0, 5).filter((client) => client.metadata?.auth_method !== 'certificate')
    await waitFor(() => expect(sent.certs).toHaveLength(1))
    await reveal(bodyRows(table).slice(0, 5))
    await waitFor(() => expect(sent.certs.length).toBe(1 + onScreen.length))
    await settle()
    expect(sent.certs.slice(1).map((url) => url.searchParams.get('entity_id'))).toEqual(onScreen.map((client) => client.id))
  })
})

it("shows a certificate issued on the client's page, though the domain's certificates were read before", async () => {
  const { table, queryClient } = await renderClients()
  await waitFor(() => expect(queryClient.getQueryData(certQueries.byClient(backend.domainId).queryKey)).toBeTruthy())
  const row = bodyRows(table).find((r) => r.querySelector('td.col-auth')?.textContent === 'Credentials')!
  const link = within(row).getAllByRole('link')[0]
  const clientId = link.getAttribute('href')!.split('/').at(-1)!
  await issueCert(backend.domainId, clientId, { options: { common_name: 'issued-after-the-list' } })
  // What the client's page does after issuing: its own list is read again.
  await queryClient.fetchQuery(certQueries.ofClient(backend.domainId, clientId))

  await userEvent.click(screen.getByRole('button', { name: 'Next page' }))
  await screen.findByText('26–50 of 250 clients')
  await userEvent.click(screen.getByRole('button', { name: 'Previous page' }))
  await screen.findByText('1–25 of 250 clients')
  const again = bodyRows(table).find((r) => within(r).getAllByRole('link')[0].textContent === link.textContent)!
  expect(again.querySelector('td.col-auth')).toHaveTextContent('Certificate')
})
