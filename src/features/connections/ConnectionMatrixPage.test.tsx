import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ADMIN, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ConnectionMatrixPage } from './ConnectionMatrixPage'
import { MATRIX_MAX_CLIENTS, parseClientIds } from './useMatrix'

// Journeys of several requests each: the default 5 s is tight on a busy CI machine.
vi.setConfig({ testTimeout: 15_000 })

const backend = setupTestBackend()

/** Enabled clients that have connections already. */
function enabledClients(count: number) {
  const { db, domainId } = backend
  return [...db.clients.allIn(domainId)].filter((c) => c.status === 'enabled' && db.connections.channelsOf(c.id).size > 0).slice(0, count)
}

/** The first channel by name (the matrix's first column), enabled, that `clientId` has no connection to. */
function firstFreeChannel(clientId: string) {
  const { db, domainId } = backend
  const channels = [...db.channels.allIn(domainId)].sort((a, b) => a.name!.localeCompare(b.name!)).slice(0, 10)
  return channels.find((c) => c.status === 'enabled' && db.connections.types(clientId, c.id).length === 0)!
}

async function renderMatrix(user: string, query: string) {
  await signInAs(user)
  const view = await renderInDomain(
    backend.domainId,
    [
      { path: '/:domainId/connections/matrix', element: <ConnectionMatrixPage /> },
      { path: '*', element: <p>elsewhere</p> },
    ],
    `/${backend.domainId}/connections/matrix${query}`,
  )
  const table = await screen.findByRole('table', { name: /Connection matrix/ })
  return { ...view, table }
}

describe('ConnectionMatrixPage', () => {
  it('shows the chosen clients as rows and channels as columns, with each pair’s types pressed', async () => {
    const clients = enabledClients(2)
    const { table } = await renderMatrix(ADMIN, `?clients=${clients.map((c) => c.id).join(',')}`)
    for (const client of clients)
      expect(await within(table).findByRole('rowheader', { name: new RegExp(client.name!) })).toBeInTheDocument()
    expect(within(table).getAllByRole('columnheader')).toHaveLength(11)
    const [channelId, types] = [...backend.db.connections.channelsOf(clients[0].id)][0]
    const channel = backend.db.channels.get(channelId)!
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search channels by name' }), `${channel.name}{Enter}`)
    for (const type of types) {
      expect(
        await within(table).findByRole('button', { name: `${type}: ${clients[0].name} on ${channel.name}` }, { timeout: 4000 }),
      ).toHaveAttribute('aria-pressed', 'true')
    }
  })

  it('toggles Publish and Subscribe independently, saving each click', async () => {
    const [client] = enabledClients(1)
    const channel = firstFreeChannel(client.id)
    const { table } = await renderMatrix(ADMIN, `?clients=${client.id}`)
    const publish = await within(table).findByRole('button', { name: `Publish: ${client.name} on ${channel.name}` }, { timeout: 4000 })
    const subscribe = within(table).getByRole('button', { name: `Subscribe: ${client.name} on ${channel.name}` })
    expect(publish).toHaveAttribute('aria-pressed', 'false')

    await userEvent.click(publish)
    expect(publish).toHaveAttribute('aria-pressed', 'true')
    await waitFor(() => expect(backend.db.connections.types(client.id, channel.id)).toEqual(['Publish']))
    await waitFor(() => expect(publish).not.toHaveAttribute('aria-disabled'))
    await userEvent.click(subscribe)
    await waitFor(() => expect(backend.db.connections.types(client.id, channel.id)).toEqual(['Publish', 'Subscribe']))
    await waitFor(() => expect(publish).not.toHaveAttribute('aria-disabled'))
    await userEvent.click(publish)
    await waitFor(() => expect(backend.db.connections.types(client.id, channel.id)).toEqual(['Subscribe']))
    expect(subscribe).toHaveAttribute('aria-pressed', 'true')
    expect(publish).toHaveAttribute('aria-pressed', 'false')
  })

  it('shows a change at once and rolls it back when the server refuses', async () => {
    const [client] = enabledClients(1)
    const channel = firstFreeChannel(client.id)
    const { table } = await renderMatrix(ADMIN, `?clients=${client.id}`)
    const publish = await within(table).findByRole('button', { name: `Publish: ${client.name} on ${channel.name}` }, { timeout: 4000 })
    backend.faults.set({ errorRate: 1, latencyMs: 300, match: '/channels/connect' })

    await userEvent.click(publish)
    expect(publish).toHaveAttribute('aria-pressed', 'true')
    await waitFor(() => expect(publish).toHaveAttribute('aria-pressed', 'false'), { timeout: 3000 })
    expect(await screen.findByText(`Could not connect ${client.name} (Publish) on ${channel.name}`)).toBeInTheDocument()
    expect(backend.db.connections.types(client.id, channel.id)).toEqual([])
  })

  it('shows the read-only member disabled toggles that change nothing', async () => {
    const [client] = enabledClients(1)
    const channel = firstFreeChannel(client.id)
    const { table } = await renderMatrix(VIEWER, `?clients=${client.id}`)
    const publish = await within(table).findByRole('button', { name: `Publish: ${client.name} on ${channel.name}` }, { timeout: 4000 })
    expect(publish).toHaveAttribute('aria-disabled', 'true')
    expect(publish).toHaveAccessibleDescription(/connect_to_channel/)
    await userEvent.click(publish)
    expect(publish).toHaveAttribute('aria-pressed', 'false')
    expect(backend.db.connections.types(client.id, channel.id)).toEqual([])
  })

  it('limits the columns to the channels connected to the rows on request', async () => {
    const clients = enabledClients(2)
    const { table } = await renderMatrix(ADMIN, `?clients=${clients.map((c) => c.id).join(',')}&show=connected`)
    const expected = new Set(clients.flatMap((c) => [...backend.db.connections.channelsOf(c.id).keys()]))
    expect(expected.size).toBeGreaterThan(0)
    await waitFor(() => expect(within(table).getAllByRole('columnheader')).toHaveLength(expected.size + 1), { timeout: 4000 })
    for (const id of expected)
      expect(within(table).getByRole('columnheader', { name: new RegExp(backend.db.channels.get(id)!.name!) })).toBeInTheDocument()
  })

  it('says which ids are unknown and lets rows be removed', async () => {
    const [client] = enabledClients(1)
    const unknown = '00000000-0000-4000-8000-000000000000'
    const { table, search } = await renderMatrix(ADMIN, `?clients=${client.id},${unknown}`)
    expect(await within(table).findByText(/Unknown client 00000000/)).toBeInTheDocument()
    await userEvent.click(within(table).getByRole('button', { name: `Remove ${unknown} from the matrix` }))
    await waitFor(() => expect(search().get('clients')).toBe(client.id))
  })
})

describe('parseClientIds', () => {
  it('dedupes, trims and caps the selection', () => {
    expect(parseClientIds(' a, b ,a,,c')).toEqual({ ids: ['a', 'b', 'c'], dropped: 0 })
    const many = Array.from({ length: MATRIX_MAX_CLIENTS + 5 }, (_, i) => `id${i}`).join(',')
    expect(parseClientIds(many)).toMatchObject({ dropped: 5 })
    expect(parseClientIds(null)).toEqual({ ids: [], dropped: 0 })
  })
})
