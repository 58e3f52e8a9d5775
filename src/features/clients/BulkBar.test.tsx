import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, delay, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { TEST_BASE_URL } from '../../../mocks/node'
import { listChannels } from '../../api/channels'
import { listClients, updateClientTags } from '../../api/clients'
import { ADMIN, OPERATOR, VIEWER, setupTestBackend, signInAs } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ClientsPage } from './ClientsPage'

const backend = setupTestBackend()

async function renderClients(user = ADMIN, path = '') {
  await signInAs(user)
  await renderInDomain(backend.domainId, [{ path: '/:domainId/clients', element: <ClientsPage /> }], `/${backend.domainId}/clients${path}`)
  const table = await screen.findByRole('table', { name: 'Clients' })
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2))
  return table
}

const bar = () => screen.getByRole('region', { name: 'Selected clients' })
/** Ticks a client's row (names repeat in the seed: the row is found by the id its link goes to). */
async function tick(table: HTMLElement, id: string) {
  const link = await waitFor(() => {
    const found = table.querySelector<HTMLAnchorElement>(`a[href$="/clients/${id}"]`)
    if (!found) throw new Error(`no row for ${id}`)
    return found
  })
  await userEvent.click(within(link.closest('tr')!).getByRole('checkbox'))
}
const toast = (text: string | RegExp) =>
  screen.findByText(
    text,
    {},
    {
      timeout: 10_000,
      onTimeout: (e) =>
        new Error(
          `${e.message.slice(0, 200)} NOTIFS: ${screen.getByRole('region', { name: 'Notifications' }).textContent} BAR: ${screen.queryByRole('region', { name: 'Selected clients' })?.textContent}`,
        ),
    },
  )
const count = async (params: Parameters<typeof listClients>[1]) => (await listClients(backend.domainId, { ...params, limit: 1 })).total

/** Picks every client on the first page, then every client matching the filter. */
async function selectAllMatching(table: HTMLElement, total: number) {
  await userEvent.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }))
  expect(bar()).toHaveTextContent('25 clients selected')
  await userEvent.click(within(bar()).getByRole('button', { name: `Select all ${total} clients matching this filter` }))
  expect(bar()).toHaveTextContent(`All ${total} clients matching this filter selected`)
}

describe('bulk actions', () => {
  it('adds a tag to every client matching the filter, across pages, counting those that had it already', async () => {
    await signInAs(ADMIN)
    const enabled = await listClients(backend.domainId, { status: 'enabled', limit: 100 })
    const total = enabled.total
    expect(total).toBeGreaterThan(25)
    const tagged = enabled.clients.slice(0, 3)
    for (const client of tagged) await updateClientTags(backend.domainId, client.id, [...(client.tags ?? []), 'bay-7'])
    const patched: string[] = []
    backend.server.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH' && request.url.endsWith('/tags')) patched.push(request.url)
    })

    const table = await renderClients(ADMIN, '?status=enabled')
    await selectAllMatching(table, total)
    await userEvent.click(within(bar()).getByRole('button', { name: 'Tags…' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit tags' })
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Tags' }), 'bay-7{Enter}')
    await userEvent.click(within(dialog).getByRole('button', { name: `Add to ${total} clients` }))

    await toast(`${total - 3} clients retagged (3 already as asked)`)
    expect(patched).toHaveLength(total - 3)
    expect(await count({ status: 'enabled', tags: 'bay-7' })).toBe(total)
    // Other tags stay.
    const after = await listClients(backend.domainId, { id: enabled.clients[5].id, status: 'all' })
    expect(after.clients[0].tags).toEqual([...(enabled.clients[5].tags ?? []), 'bay-7'])
    backend.server.events.removeAllListeners('request:start')
  })

  it('removes a tag only from the clients that have it', async () => {
    await signInAs(ADMIN)
    const [first, second] = (await listClients(backend.domainId, { status: 'enabled', limit: 2 })).clients
    await updateClientTags(backend.domainId, first.id, ['old', 'keep'])
    const table = await renderClients(ADMIN, '?status=enabled')
    await tick(table, first.id)
    await tick(table, second.id)
    await userEvent.click(within(bar()).getByRole('button', { name: 'Tags…' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit tags' })
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Remove these tags' }))
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Tags' }), 'old{Enter}')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove from 2 clients' }))
    await toast('1 client retagged (1 already as asked)')
    expect((await listClients(backend.domainId, { id: first.id, status: 'all' })).clients[0].tags).toEqual(['keep'])
  })

  it('asks before disabling, and Undo enables again only the clients it disabled', async () => {
    await signInAs(ADMIN)
    const [a, b] = (await listClients(backend.domainId, { status: 'enabled', limit: 2, order: 'name', dir: 'asc' })).clients
    const [off] = (await listClients(backend.domainId, { status: 'disabled', limit: 1, order: 'name', dir: 'asc' })).clients
    const table = await renderClients(ADMIN)
    for (const client of [a, b, off]) {
      const search = screen.getByRole('searchbox', { name: 'Search clients by name or ID' })
      await userEvent.clear(search)
      await userEvent.type(search, client.id)
      await tick(table, client.id)
    }
    await userEvent.click(within(bar()).getByRole('button', { name: 'Disable' }))
    const confirm = screen.getByRole('dialog', { name: 'Disable 3 clients?' })
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(await count({ id: a.id, status: 'enabled' })).toBe(1)

    await userEvent.click(within(bar()).getByRole('button', { name: 'Disable' }))
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Disable 3 clients?' })).getByRole('button', { name: 'Disable 3 clients' }),
    )
    const done = (await toast('2 clients disabled (1 already disabled)')).closest('.toast') as HTMLElement
    expect(await count({ id: a.id, status: 'disabled' })).toBe(1)
    await userEvent.click(within(done).getByRole('button', { name: 'Undo' }))
    await toast('2 clients enabled')
    expect(await count({ id: a.id, status: 'enabled' })).toBe(1)
    expect(await count({ id: b.id, status: 'enabled' })).toBe(1)
    expect(await count({ id: off.id, status: 'disabled' })).toBe(1)
  })

  it('runs over every matching client in batches, and Cancel stops after the batch under way', async () => {
    await signInAs(ADMIN)
    const total = await count({ status: 'enabled' })
    expect(total).toBeGreaterThan(100)
    backend.server.use(
      http.post(`${TEST_BASE_URL}/:domainID/clients/:clientID/disable`, async () => {
        await delay(15)
        return undefined as unknown as HttpResponse<null>
      }),
    )
    const table = await renderClients(ADMIN, '?status=enabled')
    await selectAllMatching(table, total)
    await userEvent.click(within(bar()).getByRole('button', { name: 'Disable' }))
    await userEvent.click(screen.getByRole('button', { name: `Disable ${total} clients` }))
    await within(bar()).findByText(new RegExp(`^\\d+ of ${total}…$`), {}, { timeout: 5000 })
    await userEvent.click(within(bar()).getByRole('button', { name: 'Cancel' }))
    expect(within(bar()).getByRole('status')).toHaveTextContent('Stopping after this batch')
    await toast(`Cancelled: 100 of ${total} clients disabled`)
    expect(await count({ status: 'enabled' })).toBe(total - 100)
  })

  it('connects the selected clients to a channel, leaving connections they have', async () => {
    await signInAs(ADMIN)
    const channel = (await listChannels(backend.domainId, { status: 'enabled', limit: 1, order: 'name', dir: 'asc' })).channels[0]
    const [a, b] = (await listClients(backend.domainId, { status: 'enabled', limit: 2, order: 'name', dir: 'asc' })).clients
    const { connect } = await import('../../api/channels')
    await connect(backend.domainId, { channel_ids: [channel.id], client_ids: [a.id], types: ['publish', 'subscribe'] })
    const table = await renderClients(ADMIN, '?status=enabled&sort=name&dir=asc')
    await tick(table, a.id)
    await tick(table, b.id)
    await userEvent.click(within(bar()).getByRole('button', { name: 'Connect…' }))
    const dialog = screen.getByRole('dialog', { name: 'Connect to channels' })
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Channels' }), channel.name!)
    await userEvent.click(await within(dialog).findByRole('option', { name: new RegExp(channel.name!) }))
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Subscribe' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Connect 2 clients' }))
    await toast('1 client connected (1 already connected)')
    const connected = await listClients(backend.domainId, { channel: channel.id, id: b.id, status: 'all' })
    expect(connected.clients[0].connection_types).toEqual(['Publish'])
  })

  it('disables every control, with the reason, for a read-only member', async () => {
    const table = await renderClients(VIEWER)
    await userEvent.click(within(table).getAllByRole('checkbox')[1])
    for (const name of ['Enable', 'Disable', 'Tags…', 'Connect…', 'Delete']) {
      const button = within(bar()).getByRole('button', { name })
      expect(button).toHaveAttribute('aria-disabled', 'true')
      expect(button).toHaveAccessibleDescription(/You do not have permission/)
    }
    expect(within(bar()).getByRole('button', { name: 'Clear selection' })).not.toHaveAttribute('aria-disabled')
  })

  it('keeps the controls of a member whose role covers the rows', async () => {
    const table = await renderClients(OPERATOR)
    await userEvent.click(within(table).getAllByRole('checkbox')[1])
    expect(within(bar()).getByRole('button', { name: 'Disable' })).not.toHaveAttribute('aria-disabled')
  })
})
