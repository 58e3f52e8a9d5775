import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ChannelPage } from './ChannelPage'
import { ChannelsPage } from './ChannelsPage'

// Journeys of several requests each: the default 5 s is tight on a busy CI machine.
vi.setConfig({ testTimeout: 15_000 })

const backend = setupTestBackend()

const routes = [
  { path: '/:domainId/channels', element: <ChannelsPage /> },
  { path: '/:domainId/channels/:channelId', element: <ChannelPage /> },
  { path: '/:domainId/clients/:clientId/connections', element: <p>client connections</p> },
]

const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .queryAllByRole('row')
    .find((row) => within(row).queryByRole('link', { name }))

describe('ChannelsPage', () => {
  it('lists the channels with the number of clients connected to each', async () => {
    await signInAs(ADMIN)
    await renderInDomain(backend.domainId, routes, `/${backend.domainId}/channels`)
    const table = await screen.findByRole('table', { name: 'Channels' })
    const { db, domainId } = backend
    const busiest = [...db.channels.allIn(domainId)].sort(
      (a, b) => db.connections.countClientsOf(b.id) - db.connections.countClientsOf(a.id),
    )[0]
    await waitFor(() => expect(rowOf(table, busiest.name!)).toBeTruthy())
    const row = rowOf(table, busiest.name!)!
    const count = String(db.connections.countClientsOf(busiest.id))
    await waitFor(() => expect(within(row).getAllByRole('cell')[4]).toHaveTextContent(count))
    expect(screen.getByText(`1–25 of ${db.channels.countIn(domainId)} channels`)).toBeInTheDocument()
  })

  it('creates a channel and opens it; a taken route is reported on its field', async () => {
    await signInAs(OPERATOR)
    const { router } = await renderInDomain(backend.domainId, routes, `/${backend.domainId}/channels`)
    await userEvent.click(await screen.findByRole('button', { name: 'Create channel' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create channel' })
    const taken = [...backend.db.channels.allIn(backend.domainId)].find((c) => c.route)!.route!
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Name/ }))
    await userEvent.paste('Press Line Telemetry')
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Route/ }))
    await userEvent.paste(taken)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(await within(dialog).findByText('Another channel uses this route')).toBeInTheDocument()

    await userEvent.clear(within(dialog).getByRole('textbox', { name: /Route/ }))
    await userEvent.paste('press-line')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/channels\/[0-9a-f-]{36}$/))
    expect(await screen.findByRole('heading', { level: 1, name: 'Press Line Telemetry' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('lets the read-only member look but not create', async () => {
    await signInAs(VIEWER)
    await renderInDomain(backend.domainId, routes, `/${backend.domainId}/channels`)
    await screen.findByRole('table', { name: 'Channels' })
    expect(screen.getByRole('button', { name: /^Create channel/ })).toHaveAttribute('aria-disabled', 'true')
  })
})

describe('ChannelPage', () => {
  it('shows the connected clients and connects and disconnects through the channel’s own routes', async () => {
    const { db, domainId } = backend
    const channel = [...db.channels.allIn(domainId)].find((c) => c.status === 'enabled' && db.connections.countClientsOf(c.id) > 0)!
    const client = [...db.clients.allIn(domainId)].find(
      (c) => c.status === 'enabled' && db.connections.types(c.id, channel.id).length === 0,
    )!
    await signInAs(OPERATOR)
    await renderInDomain(domainId, routes, `/${domainId}/channels/${channel.id}`)
    const table = await screen.findByRole('table', { name: 'Connected clients' })
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(Math.min(25, db.connections.countClientsOf(channel.id)) + 1))

    await userEvent.click(screen.getByRole('button', { name: 'Connect clients' }))
    const dialog = await screen.findByRole('dialog', { name: 'Connect clients' })
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Clients' }))
    await userEvent.paste(client.name!)
    await userEvent.click(await within(dialog).findByRole('option', { name: new RegExp(`^${client.name}`) }, { timeout: 4000 }))
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Subscribe' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Connect' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(db.connections.types(client.id, channel.id)).toEqual(['Publish'])

    await userEvent.click(screen.getByRole('searchbox', { name: 'Search connected clients by name' }))
    await userEvent.paste(client.name!)
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(rowOf(table, client.name!)).toBeTruthy())
    await userEvent.click(within(rowOf(table, client.name!)!).getByRole('button', { name: `Disconnect ${client.name}` }))
    const disconnect = await screen.findByRole('dialog', { name: 'Disconnect' })
    await userEvent.click(within(disconnect).getByRole('button', { name: 'Disconnect' }))
    await waitFor(() => expect(rowOf(table, client.name!)).toBeUndefined())
    expect(db.connections.types(client.id, channel.id)).toEqual([])
  })

  it('says when the channel does not exist', async () => {
    await signInAs(ADMIN)
    await renderInDomain(backend.domainId, routes, `/${backend.domainId}/channels/00000000-0000-4000-8000-000000000000`)
    expect(await screen.findByRole('heading', { name: 'Channel not found' })).toBeInTheDocument()
  })
})
