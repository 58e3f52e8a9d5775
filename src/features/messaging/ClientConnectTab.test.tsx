import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { MASKED_SECRET } from '../../components/messaging/ConnectCommands'
import { ADMIN, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ClientConnectTab } from './ClientConnectTab'

vi.setConfig({ testTimeout: 15_000 })

const backend = setupTestBackend()

type Types = ('Publish' | 'Subscribe')[]

/** An enabled credentials client whose connections are exactly `types` on one channel. */
function clientWith(types: Types) {
  const { db, domainId } = backend
  const client = [...db.clients.allIn(domainId)].find(
    (c) => c.status === 'enabled' && c.metadata?.auth_method !== 'certificate' && db.connections.channelsOf(c.id).size === 0,
  )!
  const channel = [...db.channels.allIn(domainId)].find((c) => c.status === 'enabled')!
  for (const type of types) db.connections.add(client.id, channel.id, type)
  return { client, channel }
}

async function renderTab(clientId: string, login = ADMIN) {
  await signInAs(login)
  return renderInDomain(
    backend.domainId,
    [
      { path: '/:domainId/clients/:clientId/connect', element: <ClientConnectTab /> },
      { path: '/:domainId/clients/:clientId/connections', element: <p>connections tab</p> },
    ],
    `/${backend.domainId}/clients/${clientId}/connect`,
  )
}

const commands = () => screen.findByRole('list', { name: 'Connection commands' })
const titles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('heading')
    .map((h) => h.textContent)

describe('ClientConnectTab', () => {
  it('shows a publisher only publish commands, with the secret masked on screen and real in the clipboard', async () => {
    const user = userEvent.setup()
    const { client, channel } = clientWith(['Publish'])
    await renderTab(client.id)
    const list = await commands()
    expect(titles(list)).toEqual([
      'Publish over MQTT',
      'Publish over MQTT with TLS',
      'Publish over HTTP',
      'Publish over HTTPS',
      'Publish over CoAP',
      'MQTT over WebSocket',
    ])
    const secret = client.credentials!.secret!
    expect(list.textContent).not.toContain(secret)
    expect(list.textContent).toContain(`-u ${client.id} -P '${MASKED_SECRET}'`)
    expect(list.textContent).toContain(`m/${backend.domainId}/c/${channel.id}`)

    await user.click(within(list).getByRole('button', { name: 'Copy: Publish over MQTT' }))
    const copied = await navigator.clipboard.readText()
    expect(copied).toContain(`-u ${client.id} -P ${secret} -t m/${backend.domainId}/c/${channel.id} -m `)
  })

  it('gives a subscriber only subscribe commands, on the subtopic typed, and refuses a wildcard subtopic', async () => {
    const user = userEvent.setup()
    const { client, channel } = clientWith(['Subscribe'])
    await renderTab(client.id)
    const list = await commands()
    expect(titles(list)).toEqual(['Subscribe over MQTT', 'Subscribe over MQTT with TLS', 'MQTT over WebSocket'])
    expect(list.textContent).toContain(`-t 'm/${backend.domainId}/c/${channel.id}/#'`)

    await user.type(screen.getByRole('textbox', { name: /Subtopic/ }), 'room1')
    await waitFor(() => expect(list.textContent).toContain(`-t m/${backend.domainId}/c/${channel.id}/room1 -v`))
    await user.type(screen.getByRole('textbox', { name: /Subtopic/ }), '/#')
    expect(await screen.findByRole('alert')).toHaveTextContent('A subtopic to publish on cannot contain + # * or >.')
    expect(screen.getByRole('textbox', { name: /Subtopic/ })).toHaveValue('room1/#')
  })

  it('explains a client without connections instead of showing commands', async () => {
    const { client } = clientWith([])
    await renderTab(client.id)
    expect(await screen.findByText(/not connected to any channel/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Connect it to a channel' })).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Connection commands' })).not.toBeInTheDocument()
  })

  it('explains a client set up for a certificate instead of showing commands with a secret', async () => {
    const { client } = clientWith(['Publish', 'Subscribe'])
    backend.db.clients.put({ ...client, metadata: { ...client.metadata, auth_method: 'certificate' } })
    await renderTab(client.id)
    expect(await screen.findByText(/set up for an X\.509 certificate, not a secret/)).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Connection commands' })).not.toBeInTheDocument()
  })

  it('sends the example as the client: 200 explained, and the message stored on a channel with a save rule', async () => {
    const user = userEvent.setup()
    const { client, channel } = clientWith(['Publish'])
    backend.db.messages.addSaveRule(channel.id)
    await renderTab(client.id)
    expect(await screen.findByText(/save_senml/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send test message' }))
    expect(await screen.findByRole('status', { name: 'Answer of the HTTP adapter' })).toHaveTextContent('Accepted (200)')
    expect(screen.getByRole('status', { name: 'Answer of the HTTP adapter' })).toHaveTextContent('The adapter answered: {"status":"ok"}')
    const stored = backend.db.messages.of(channel.id)!.filter((m) => m.publisher === client.id)
    expect(stored.map((m) => [m.name, m.value])).toEqual([
      ['temperature', 21.5],
      ['humidity', 48],
    ])
  })

  it('refuses to send invalid SenML, says why and keeps the text', async () => {
    const user = userEvent.setup()
    const { client, channel } = clientWith(['Publish'])
    backend.db.messages.addSaveRule(channel.id)
    await renderTab(client.id)
    const editor = await screen.findByRole('textbox', { name: 'SenML payload' })
    await user.clear(editor)
    await user.click(editor)
    await user.paste('[{"n":"temp","v":1,"vs":"warm"}]')
    await user.click(screen.getByRole('button', { name: 'Send test message' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Not sent: Record 1 has more than one value (v, vs); keep one.')
    expect(editor).toHaveValue('[{"n":"temp","v":1,"vs":"warm"}]')
    expect(editor).toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByRole('status', { name: 'Answer of the HTTP adapter' })).not.toBeInTheDocument()
    expect(backend.db.messages.of(channel.id)?.some((m) => m.publisher === client.id)).toBeFalsy()
  })

  it("explains the adapter's 403 for a client connected as Subscribe only", async () => {
    const user = userEvent.setup()
    const { client } = clientWith(['Subscribe'])
    await renderTab(client.id)
    expect(await screen.findByText(/may only subscribe on this channel/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send test message' }))
    const status = await screen.findByRole('status', { name: 'Answer of the HTTP adapter' })
    expect(status).toHaveTextContent('Refused: not connected as Publish (403)')
    expect(status).toHaveTextContent('The adapter answered: forbidden')
  })

  it('keeps the send disabled, saying why, for a member without publish on the channel, and sends nothing', async () => {
    const user = userEvent.setup()
    const { client, channel } = clientWith(['Publish'])
    await renderTab(client.id, VIEWER)
    const send = await screen.findByRole('button', { name: 'Send test message' })
    expect(send).toHaveAttribute('aria-disabled', 'true')
    expect(send).toHaveAccessibleDescription('You do not have permission to send messages on this channel (needs “publish”)')
    await user.click(send)
    expect(screen.queryByRole('status', { name: 'Answer of the HTTP adapter' })).not.toBeInTheDocument()
    expect(backend.db.messages.of(channel.id)?.some((m) => m.publisher === client.id)).toBeFalsy()
  })
})
