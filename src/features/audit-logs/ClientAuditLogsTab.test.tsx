import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getClient, updateClientTags } from '../../api/clients'
import { listEntityJournal } from '../../api/journal'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ClientAuditLogsTab } from './ClientAuditLogsTab'

const backend = setupTestBackend()

afterEach(() => vi.restoreAllMocks())

/** A client with a seeded history (more than one page of 5) and at least one connection. */
function historyClient() {
  return [...backend.db.clients.allIn(backend.domainId)].find(
    (c) =>
      backend.db.connections.channelsOf(c.id).size > 0 &&
      backend.db.journal.query({ entityType: 'client', entityId: c.id, dir: 'desc', offset: 0, limit: 0 }).total >= 6,
  )!
}

/** The client's newest journal entry of `operation`, as the backend holds it. */
const latestEntry = (clientId: string, operation: string) =>
  backend.db.journal.query({ entityType: 'client', entityId: clientId, operation, dir: 'desc', offset: 0, limit: 1 }).entries[0]

async function renderTab(user: string, clientId: string, search = '') {
  await signInAs(user)
  const view = await renderInDomain(
    backend.domainId,
    [{ path: '/:domainId/clients/:clientId/audit-logs', element: <ClientAuditLogsTab /> }],
    `/${backend.domainId}/clients/${clientId}/audit-logs${search}`,
  )
  const table = await screen.findByRole('table', { name: 'Audit log' })
  return { ...view, table }
}

// Plain DOM reads: role queries recompute styles on every poll and are slow in jsdom.
const bodyRows = (table: HTMLElement) => [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')]
const operations = (table: HTMLElement) => bodyRows(table).map((row) => row.cells[0].textContent)

// Whole user journeys on a shared two-core machine: allow more than the default 5 s.
describe('ClientAuditLogsTab', { timeout: 15_000 }, () => {
  it("shows the client's journal newest first, with actors by name", async () => {
    const client = historyClient()
    const expected = await (async () => {
      await signInAs(ADMIN)
      return listEntityJournal(backend.domainId, 'client', client.id, { limit: 10, with_attributes: true })
    })()
    const { table } = await renderTab(OPERATOR, client.id)
    await waitFor(() => expect(operations(table)).toEqual(expected.journals.map((j) => j.operation)))
    expect(screen.getByText(`1–${Math.min(10, expected.total)} of ${expected.total} entries`)).toBeInTheDocument()
    const creator = backend.db.users.get(expected.journals.at(-1)!.attributes!.user_id as string)!
    await waitFor(() => expect(within(table).getAllByText(`${creator.first_name} ${creator.last_name}`).length).toBeGreaterThan(0))
    expect(within(table).queryByText(creator.id)).toBeNull()
    expect(within(table).queryAllByRole('link'), 'only super-admins may follow an actor to their journal').toHaveLength(0)
  })

  it('shows changes only in one click, merged by time across the change operations, and says reads are hidden', async () => {
    const client = historyClient()
    // The client's history, read in full by the super-admin: what "changes only" must show.
    await signInAs(ADMIN)
    const all = await listEntityJournal(backend.domainId, 'client', client.id, { limit: 0 })
    const changes = backend.db.journal
      .query({ entityType: 'client', entityId: client.id, dir: 'desc', offset: 0, limit: all.total })
      .entries.filter((e) => !/\.(view|list)$/.test(e.operation))
    expect(changes.length, 'the seeded history holds reads too').toBeLessThan(all.total)

    const { table, search } = await renderTab(OPERATOR, client.id)
    await userEvent.click(screen.getByRole('switch', { name: 'Changes only (hide reads)' }))
    await waitFor(() => expect(search().get('changes')).toBe('1'))
    expect(screen.getByText(/reads and sign-ins .* are hidden/)).toBeInTheDocument()
    await waitFor(() => expect(operations(table)).toEqual(changes.slice(0, 10).map((e) => e.operation)))
    expect(screen.getByText(`1–${Math.min(10, changes.length)} of ${changes.length} entries`)).toBeInTheDocument()
  })

  it('searches by exact operation through the URL, suggesting the known ones', async () => {
    const client = historyClient()
    const { table, search } = await renderTab(ADMIN, client.id)
    const input = screen.getByRole('combobox', { name: 'Operation' })
    const suggestions = [...document.querySelectorAll(`#${CSS.escape(input.getAttribute('list')!)} option`)].map((o) =>
      o.getAttribute('value'),
    )
    expect(suggestions).toEqual(expect.arrayContaining(['client.create', 'client.view', 'channel.connect']))
    expect(screen.getByText(/Suggestions are Magistrala’s known client operations/)).toBeInTheDocument()

    // Picking a suggestion fills the whole name at once.
    await userEvent.click(input)
    await userEvent.paste('channel.connect')
    await waitFor(() => expect(search().get('op')).toBe('channel.connect'))
    await waitFor(() => expect(operations(table).every((op) => op === 'channel.connect')).toBe(true))
    expect(operations(table).length).toBeGreaterThan(0)

    await userEvent.clear(input)
    await userEvent.type(input, 'client.explode{Enter}')
    await waitFor(() => expect(search().get('op')).toBe('client.explode'))
    expect(await screen.findByText('No entries match')).toBeInTheDocument()
    expect(screen.getByText(/not one of Magistrala’s known client operations/)).toBeInTheDocument()
  })

  it('narrows by time range: a preset counts back from now, a custom range is inclusive', async () => {
    const client = historyClient()
    const { table, search } = await renderTab(ADMIN, client.id)
    await getClient(backend.domainId, client.id)
    await updateClientTags(backend.domainId, client.id, ['fresh'])

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Time' }), 'Last hour')
    await waitFor(() => expect(search().get('range')).toBe('1h'))
    await waitFor(() => expect(operations(table)).toEqual(['client.update_tags', 'client.view']))

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Time' }), 'Custom range')
    await waitFor(() => expect(search().get('range')).toBe('custom'))
    // The browser's date-time picker hands over whole values.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2020-01-01T00:00' } })
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2020-12-31T23:59' } })
    await waitFor(() => expect(search().get('to')).toBe(String(new Date(2020, 11, 31, 23, 59).getTime() / 1000 + 59)))
    expect(await screen.findByText('No entries match')).toBeInTheDocument()

    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0])
    await waitFor(() => expect(search().get('range')).toBeNull())
    expect(search().get('from')).toBeNull()
  })

  it('opens the details of an entry with its payload as JSON', async () => {
    const client = historyClient()
    const { table } = await renderTab(ADMIN, client.id, '?op=client.create')
    await waitFor(() => expect(operations(table)).toEqual(['client.create']))
    await userEvent.click(within(table).getByRole('button', { name: /^Details of client.create/ }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('heading', { name: 'client.create' })).toBeInTheDocument()
    const payload = JSON.parse(within(dialog).getByRole('region', { name: 'Payload JSON' }).textContent!)
    expect(Object.keys(payload).sort(), 'the entry as the service sent it').toEqual(['attributes', 'metadata', 'occurred_at', 'operation'])
    expect(payload.attributes).toMatchObject({ id: client.id, roles_provisioned: true })
    const stored = latestEntry(client.id, 'client.create')
    expect(payload.metadata).toEqual(stored.metadata)
    expect(JSON.stringify(payload)).not.toContain(client.credentials!.secret!)
    expect(within(dialog).getByRole('button', { name: 'Copy JSON' })).toBeInTheDocument()
    const actor = backend.db.users.get(stored.attributes!.user_id as string)!
    expect(within(dialog).getByRole('link', { name: `${actor.first_name} ${actor.last_name}` })).toHaveAttribute(
      'href',
      `/${backend.domainId}/audit-logs?id=${actor.id}`,
    )
    expect(await within(dialog).findByRole('link', { name: `Client: ${client.name}` })).toHaveAttribute(
      'href',
      `/${backend.domainId}/clients/${client.id}`,
    )
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('links the details to what the entry concerns only while it exists', async () => {
    const client = historyClient()
    const { table } = await renderTab(OPERATOR, client.id, '?op=channel.connect')
    await waitFor(() => expect(operations(table)[0]).toBe('channel.connect'))
    const latest = latestEntry(client.id, 'channel.connect')
    for (const id of latest.attributes!.channel_ids as string[]) backend.db.channels.remove(id)
    await userEvent.click(within(table).getAllByRole('button', { name: /^Details of channel.connect/ })[0])
    const dialog = await screen.findByRole('dialog')
    expect(await within(dialog).findByRole('link', { name: `Client: ${client.name}` })).toBeInTheDocument()
    const gone = await within(dialog).findAllByText(/^Channel .* \(deleted, or not yours to open\)$/)
    expect(gone).toHaveLength((latest.attributes!.channel_ids as string[]).length)
    expect(within(dialog).queryByRole('link', { name: /^Channel:/ })).toBeNull()
  })

  it('pages by 5 or 10, the most the journal allows', async () => {
    const client = historyClient()
    const { search } = await renderTab(VIEWER, client.id)
    const size = await screen.findByRole('combobox', { name: 'Rows per page' })
    expect([...(size as HTMLSelectElement).options].map((o) => o.value)).toEqual(['5', '10'])
    await userEvent.selectOptions(size, '5')
    await waitFor(() => expect(search().get('size')).toBe('5'))
  })

  it('turns auto-refresh on through the URL, keeping the page', async () => {
    const client = historyClient()
    const { search } = await renderTab(VIEWER, client.id, '?size=5&page=2')
    const toggle = screen.getByRole('switch', { name: 'Auto-refresh every 10 seconds' })
    expect(toggle).toHaveAttribute('aria-checked', 'false')
    await userEvent.click(toggle)
    await waitFor(() => expect(search().get('live')).toBe('1'))
    expect(search().get('page')).toBe('2')
    expect(toggle).toHaveAttribute('aria-checked', 'true')
  })

  it('exports the filtered view as CSV, page by page', async () => {
    const client = historyClient()
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:audit'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const { table } = await renderTab(ADMIN, client.id, '?op=client.view')
    const expected = (await listEntityJournal(backend.domainId, 'client', client.id, { operation: 'client.view', limit: 0 })).total
    await waitFor(() => expect(bodyRows(table).length).toBeGreaterThan(0))

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
    const dialog = await screen.findByRole('dialog', { name: 'Export CSV' })
    expect(await within(dialog).findByText(/^Saved \d+ entr/)).toHaveTextContent(
      `Saved ${expected} ${expected === 1 ? 'entry' : 'entries'}`,
    )
    expect(click).toHaveBeenCalledTimes(1)
    const bytes = new Uint8Array(await blobs[0].arrayBuffer())
    expect(Array.from(bytes.subarray(0, 3)), 'a UTF-8 byte order mark for spreadsheets').toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n')
    expect(lines[0]).toBe('occurred_at,operation,actor,actor_id,domain,request_id,attributes,metadata')
    expect(lines).toHaveLength(expected + 1)
    expect(lines.slice(1).every((line) => line.includes(',client.view,'))).toBe(true)
  })
})
