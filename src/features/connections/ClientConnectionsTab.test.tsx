import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Channel } from '../../api/schemas/channel'
import type { Client } from '../../api/schemas/client'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ClientConnectionsTab } from './ClientConnectionsTab'

// Journeys of several requests each: the default 5 s is tight on a busy CI machine.
vi.setConfig({ testTimeout: 15_000 })

const backend = setupTestBackend()

/** An enabled client with at least one connection, and an enabled channel it is not connected to. */
function fixture() {
  const { db, domainId } = backend
  const client = [...db.clients.allIn(domainId)].find((c) => c.status === 'enabled' && db.connections.channelsOf(c.id).size > 0)!
  const free = [...db.channels.allIn(domainId)].filter((c) => c.status === 'enabled' && db.connections.types(client.id, c.id).length === 0)
  return { client, channel: free[0], other: free[1] }
}

async function renderTab(user: string, client: Client) {
  await signInAs(user)
  const view = await renderInDomain(
    backend.domainId,
    [
      { path: '/:domainId/clients/:clientId/connections', element: <ClientConnectionsTab /> },
      { path: '/:domainId/channels/:channelId', element: <p>channel page</p> },
      { path: '/:domainId/connections/matrix', element: <p>matrix page</p> },
    ],
    `/${backend.domainId}/clients/${client.id}/connections`,
  )
  const table = await screen.findByRole('table', { name: 'Connected channels' })
  await waitFor(() => expect(rowOf(table, firstChannelName(client))).toBeTruthy())
  return { ...view, table }
}

const firstChannelName = (client: Client) => {
  const [id] = [...backend.db.connections.channelsOf(client.id).keys()]
  return backend.db.channels.get(id)!.name!
}

const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .queryAllByRole('row')
    .find((row) => within(row).queryByRole('link', { name }))

/** Types the whole search at once (one debounced request), as a paste would. */
async function search(picker: HTMLElement, text: string) {
  await userEvent.click(picker)
  await userEvent.paste(text)
}

/** The search is debounced and asks the server twice; on a busy machine that takes a moment. */
const findOption = (dialog: HTMLElement, name: string) =>
  within(dialog).findByRole('option', { name: new RegExp(`^${name}`) }, { timeout: 4000 })

async function connectVia(channel: Channel, types: ('Publish' | 'Subscribe')[]) {
  await userEvent.click(screen.getByRole('button', { name: 'Connect' }))
  const dialog = await screen.findByRole('dialog', { name: 'Connect to channels' })
  await search(within(dialog).getByRole('combobox', { name: 'Channels' }), channel.name!)
  await userEvent.click(await findOption(dialog, channel.name!))
  for (const type of ['Publish', 'Subscribe'] as const) {
    const box = within(dialog).getByRole('checkbox', { name: type })
    if ((box as HTMLInputElement).checked !== types.includes(type)) await userEvent.click(box)
  }
  await userEvent.click(within(dialog).getByRole('button', { name: 'Connect' }))
  return dialog
}

describe('ClientConnectionsTab', () => {
  it("opens a channel's connect commands for the types the client has there, the secret masked", async () => {
    const { client } = fixture()
    const { table } = await renderTab(ADMIN, client)
    const name = firstChannelName(client)
    await userEvent.click(within(rowOf(table, name)!).getByRole('button', { name: `Commands for ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Connect to ${name}` })
    const [channelId] = [...backend.db.connections.channelsOf(client.id).keys()]
    const types = backend.db.connections.types(client.id, channelId)
    const titles = within(dialog)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(titles.includes('Publish over MQTT')).toBe(types.includes('Publish'))
    expect(titles.includes('Subscribe over MQTT')).toBe(types.includes('Subscribe'))
    expect(dialog.textContent).toContain(`m/${backend.domainId}/c/${channelId}`)
    expect(dialog.textContent).not.toContain(client.credentials!.secret!)
  })

  it('lists the channels the client is connected to, with their connection types', async () => {
    const { client } = fixture()
    const { table } = await renderTab(ADMIN, client)
    const links = backend.db.connections.channelsOf(client.id)
    expect(within(table).getAllByRole('row')).toHaveLength(links.size + 1)
    for (const [channelId, types] of links) {
      const row = rowOf(table, backend.db.channels.get(channelId)!.name!)!
      for (const type of types) expect(within(row).getByText(type)).toBeInTheDocument()
    }
  })

  it('connects a channel for both types; the row appears with both badges and the journal has channel.connect', async () => {
    const { client, channel } = fixture()
    const { table } = await renderTab(OPERATOR, client)
    const dialog = await connectVia(channel, ['Publish', 'Subscribe'])
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    await waitFor(() => expect(rowOf(table, channel.name!)).toBeTruthy())
    const row = rowOf(table, channel.name!)!
    expect(within(row).getByText('Publish')).toBeInTheDocument()
    expect(within(row).getByText('Subscribe')).toBeInTheDocument()
    expect(backend.db.connections.types(client.id, channel.id)).toEqual(['Publish', 'Subscribe'])
    const journal = backend.db.journal.query({
      entityType: 'client',
      entityId: client.id,
      operation: 'channel.connect',
      dir: 'desc',
      offset: 0,
      limit: 1,
    })
    expect(journal.entries[0]).toMatchObject({
      operation: 'channel.connect',
      attributes: { channel_ids: [channel.id], types: ['publish', 'subscribe'] },
    })
  })

  it('adds only the missing type to a channel that has the other, and shows complete ones as disabled options', async () => {
    const { client, channel } = fixture()
    backend.db.connections.add(client.id, channel.id, 'Publish')
    await renderTab(ADMIN, client)
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }))
    const dialog = await screen.findByRole('dialog', { name: 'Connect to channels' })
    const picker = within(dialog).getByRole('combobox', { name: 'Channels' })

    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Subscribe' }))
    await search(picker, channel.name!)
    const complete = await findOption(dialog, channel.name!)
    expect(complete).toHaveAttribute('aria-disabled', 'true')
    expect(complete).toHaveTextContent('Already connected (Publish)')

    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Subscribe' }))
    await userEvent.click(picker)
    const partial = await findOption(dialog, channel.name!)
    await waitFor(() => expect(partial).toHaveTextContent('Connected for Publish; adds Subscribe'))
    await userEvent.click(partial)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Connect' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(backend.db.connections.types(client.id, channel.id)).toEqual(['Publish', 'Subscribe'])
  })

  it('disconnects Subscribe only (Publish stays), then the rest (the row goes)', async () => {
    const { client, channel } = fixture()
    backend.db.connections.add(client.id, channel.id, 'Publish')
    backend.db.connections.add(client.id, channel.id, 'Subscribe')
    const { table } = await renderTab(OPERATOR, client)
    await waitFor(() => expect(rowOf(table, channel.name!)).toBeTruthy())

    await userEvent.click(within(rowOf(table, channel.name!)!).getByRole('button', { name: `Disconnect ${channel.name}` }))
    let dialog = await screen.findByRole('dialog', { name: 'Disconnect' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }))
    expect(await within(dialog).findByText('Choose the type to remove')).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Subscribe' }))
    expect(within(dialog).getByText('The connection stays, without Subscribe.')).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    await waitFor(() => expect(within(rowOf(table, channel.name!)!).queryByText('Subscribe')).not.toBeInTheDocument())
    expect(within(rowOf(table, channel.name!)!).getByText('Publish')).toBeInTheDocument()
    expect(backend.db.connections.types(client.id, channel.id)).toEqual(['Publish'])

    await userEvent.click(within(rowOf(table, channel.name!)!).getByRole('button', { name: `Disconnect ${channel.name}` }))
    dialog = await screen.findByRole('dialog', { name: 'Disconnect' })
    // A single type is offered, already chosen.
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(1)
    expect(within(dialog).getByRole('checkbox', { name: 'Publish' })).toBeChecked()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }))
    await waitFor(() => expect(rowOf(table, channel.name!)).toBeUndefined())
    expect(backend.db.connections.types(client.id, channel.id)).toEqual([])
  })

  it('explains a refusal for a disabled channel and keeps the choice', async () => {
    const { client, channel } = fixture()
    await renderTab(ADMIN, client)
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }))
    const dialog = await screen.findByRole('dialog', { name: 'Connect to channels' })
    await search(within(dialog).getByRole('combobox', { name: 'Channels' }), channel.name!)
    await userEvent.click(await findOption(dialog, channel.name!))
    // Someone disables the channel after it was picked: the service answers 422 `failed to create entity`.
    backend.db.channels.put({ ...channel, status: 'disabled' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Connect' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/must be enabled/)
    expect(within(dialog).getByRole('button', { name: `Remove ${channel.name}` })).toBeInTheDocument()
  })

  it('shows the read-only member disabled controls with the reason', async () => {
    const { client } = fixture()
    const { table } = await renderTab(VIEWER, client)
    // A blocked button's reason is part of its accessible name (the kit's Button keeps it inside).
    const connect = screen.getByRole('button', { name: /^Connect/ })
    await waitFor(() => expect(connect).toHaveAttribute('aria-disabled', 'true'))
    expect(connect).toHaveAccessibleDescription(/connect_to_channel/)
    await userEvent.click(connect)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    for (const button of within(table).getAllByRole('button', { name: /^Disconnect / }))
      expect(button).toHaveAttribute('aria-disabled', 'true')
  })
})
