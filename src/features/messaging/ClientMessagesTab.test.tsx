import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { publishMessage } from '../../api/messages'
import { ADMIN, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ClientMessagesTab } from './ClientMessagesTab'

vi.setConfig({ testTimeout: 15_000 })

const backend = setupTestBackend()

/** A credentials client connected as Publish to one enabled channel, with or without a save rule. */
function publisher(withRule: boolean) {
  const { db, domainId } = backend
  const channel = [...db.channels.allIn(domainId)].find((c) => c.status === 'enabled' && db.messages.hasSaveRule(c.id) === withRule)!
  const client = [...db.clients.allIn(domainId)].find((c) => c.status === 'enabled' && db.connections.channelsOf(c.id).size === 0)!
  db.connections.add(client.id, channel.id, 'Publish')
  return { client, channel }
}

async function renderTab(clientId: string) {
  await signInAs(ADMIN)
  return renderInDomain(
    backend.domainId,
    [{ path: '/:domainId/clients/:clientId/messages', element: <ClientMessagesTab /> }],
    `/${backend.domainId}/clients/${clientId}/messages`,
  )
}

describe('ClientMessagesTab', () => {
  it('lists what the client published, newest first, with value, unit and subtopic, and filters by name', async () => {
    const user = userEvent.setup()
    const { client, channel } = publisher(true)
    const send = (payload: string, subtopic?: string) =>
      publishMessage({
        domainId: backend.domainId,
        channelId: channel.id,
        clientId: client.id,
        secret: client.credentials!.secret!,
        payload,
        subtopic,
      })
    const now = Date.now() / 1000
    await send(`[{"n":"temperature","u":"Cel","v":19.5,"t":${now - 120}},{"n":"door","vb":true,"t":${now - 60}}]`, 'room1')
    await send(`[{"n":"temperature","u":"Cel","v":20.25,"t":${now - 30}}]`)
    await renderTab(client.id)

    const table = await screen.findByRole('table', { name: 'Stored messages' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(1)
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['temperature', '20.25', 'Cel', '—', 'http'],
      ['door', 'true', '', 'room1', 'http'],
      ['temperature', '19.5', 'Cel', 'room1', 'http'],
    ])

    await user.type(screen.getByRole('searchbox', { name: 'Filter by name (exact)' }), 'door')
    await vi.waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2), { timeout: 4000 })
  })

  it('explains a channel where nothing was ever stored (no save_senml rule) rather than showing an error', async () => {
    const { client } = publisher(false)
    await renderTab(client.id)
    expect(await screen.findByText(/Nothing has been stored for this channel/)).toHaveTextContent('save_senml')
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('opens on a channel where the client has stored messages, though another comes first by name', async () => {
    const { db, domainId } = backend
    const { client, channel: quiet } = publisher(false)
    const busy = [...db.channels.allIn(domainId)].find(
      (c) => c.status === 'enabled' && db.messages.hasSaveRule(c.id) && (c.name ?? '') > (quiet.name ?? ''),
    )!
    db.connections.add(client.id, busy.id, 'Publish')
    const secret = client.credentials!.secret!
    await publishMessage({ domainId, channelId: busy.id, clientId: client.id, secret, payload: '[{"n":"temperature","v":18}]' })
    await renderTab(client.id)
    expect(await screen.findByRole('combobox', { name: 'Channel' })).toHaveDisplayValue(new RegExp(`^${busy.name}`))
  })
})
