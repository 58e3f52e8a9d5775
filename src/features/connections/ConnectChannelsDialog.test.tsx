import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { OPERATOR, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ClientConnectionsTab } from './ClientConnectionsTab'

const EXTRA = 3000
// Journeys of several requests each: the default 5 s is tight on a busy CI machine.
vi.setConfig({ testTimeout: 15_000 })

const backend = setupTestBackend({ seed: { channels: EXTRA } })

describe('ConnectChannelsDialog with thousands of channels', () => {
  it('shows one page of matches, searches on the server and connects the one found', async () => {
    const { db, domainId } = backend
    const client = [...db.clients.allIn(domainId)].find((c) => c.status === 'enabled')!
    const visible = [...db.channels.allIn(domainId)].length
    expect(visible).toBeGreaterThan(EXTRA)
    await signInAs(OPERATOR)
    await renderInDomain(
      domainId,
      [{ path: '/:domainId/clients/:clientId/connections', element: <ClientConnectionsTab /> }],
      `/${domainId}/clients/${client.id}/connections`,
    )

    await userEvent.click(await screen.findByRole('button', { name: 'Connect' }))
    const dialog = await screen.findByRole('dialog', { name: 'Connect to channels' })
    const picker = within(dialog).getByRole('combobox', { name: 'Channels' })
    await userEvent.click(picker)
    const status = within(dialog).getByRole('status')
    await waitFor(() => expect(status).toHaveTextContent(/more — type to narrow the list/), { timeout: 4000 })
    expect(within(dialog).getAllByRole('option')).toHaveLength(20)

    await userEvent.paste('Line 2999')
    const option = await within(dialog).findByRole('option', { name: /^Line 2999 / }, { timeout: 4000 })
    await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(1))
    await userEvent.click(option)
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Publish' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Connect' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    const channel = [...db.channels.allIn(domainId)].find((c) => c.name?.startsWith('Line 2999 '))!
    expect(db.connections.types(client.id, channel.id)).toEqual(['Subscribe'])
  })
})
