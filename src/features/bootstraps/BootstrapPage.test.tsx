import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { BootstrapRecord } from '../../../mocks/db/bootstrap-store'
import { ADMIN, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { BootstrapPage } from './BootstrapPage'

const backend = setupTestBackend()

function seededConfig(match: (c: BootstrapRecord) => boolean): BootstrapRecord {
  return backend.db.bootstraps.allIn(backend.domainId).find(match)!
}

async function renderPage(config: BootstrapRecord, user = ADMIN) {
  await signInAs(user)
  const view = await renderInDomain(
    backend.domainId,
    [
      { path: '/:domainId/bootstraps', element: <p>bootstraps list</p> },
      { path: '/:domainId/bootstraps/:configId', element: <BootstrapPage /> },
    ],
    `/${backend.domainId}/bootstraps/${config.id}`,
  )
  await screen.findByRole('heading', { level: 1, name: config.name })
  return view
}

const details = () => screen.getByRole('region', { name: 'Configuration' })

// Each test is a whole user journey (sign in, render, several requests): give a busy machine time.
describe('BootstrapPage', { timeout: 15_000 }, () => {
  it('shows every field, with the external key masked until revealed', async () => {
    const config = seededConfig((c) => c.state === 1 && Boolean(c.client_cert))
    await renderPage(config)
    const card = details()
    expect(within(card).getByText(config.external_id)).toBeInTheDocument()
    expect(within(card).queryByText(config.external_key)).toBeNull()
    await userEvent.click(within(card).getByRole('button', { name: 'Show external key' }))
    expect(within(card).getByText(config.external_key)).toBeInTheDocument()
    const channels = within(card).getByRole('list', { name: 'Channels' })
    expect(within(channels).getAllByRole('listitem')).toHaveLength(config.channels.length)
    const client = backend.db.clients.get(config.id)!
    expect(await within(card).findByRole('link', { name: client.name })).toHaveAttribute(
      'href',
      `/${backend.domainId}/clients/${config.id}`,
    )
    const certs = screen.getByRole('region', { name: 'Encryption settings' })
    // Client and CA certificates are both shown.
    expect(within(certs).getAllByText(/-----BEGIN CERTIFICATE-----/, { selector: 'pre' })).toHaveLength(2)
    expect(within(certs).getByText(/Write-only/)).toBeInTheDocument()
  })

  it('says a disabled configuration is still served to the device, as v0.20.0 does, and enables it', async () => {
    const config = seededConfig((c) => c.state === 0)
    await renderPage(config)
    expect(screen.getByText(/This configuration is/)).toHaveTextContent(/disabled: its client is not connected to its channels yet/)
    expect(screen.getByText(/This configuration is/)).toHaveTextContent(/The device can fetch the configuration either way/)
    await userEvent.click(screen.getByRole('button', { name: 'Test bootstrap' }))
    const result = screen.getByRole('status', { name: 'Bootstrap test result' })
    await waitFor(() => expect(result).toHaveTextContent(/200 OK: the device receives this configuration, though it is disabled/))

    await userEvent.click(screen.getByRole('button', { name: 'Enable' }))
    await waitFor(() => expect(backend.db.bootstraps.get(config.id)?.state).toBe(1))
    await screen.findByRole('button', { name: 'Disable' })
    expect(screen.queryByText(/This configuration is/)).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Test bootstrap' }))
    const answer = await within(screen.getByRole('status', { name: 'Bootstrap test result' })).findByText(/200 OK/)
    expect(answer).toHaveTextContent(/^200 OK: the device receives this configuration\.$/)
    expect(answer.nextElementSibling?.textContent).toContain(config.id)
    expect(answer.nextElementSibling?.textContent).not.toContain('PRIVATE KEY')
  })

  it('explains why a config of a disabled client cannot be enabled', async () => {
    const config = seededConfig((c) => c.state === 0)
    backend.db.clients.put({ ...backend.db.clients.get(config.id)!, status: 'disabled' })
    await renderPage(config)
    const enable = screen.getByRole('button', { name: /^Enable/ })
    await waitFor(() => expect(enable).toHaveAttribute('aria-disabled', 'true'))
    expect(enable).toHaveAccessibleDescription('The client is disabled: enable the client first')
  })

  it('edits the name in place and keeps the content', async () => {
    const config = seededConfig(() => true)
    await renderPage(config)
    await userEvent.click(within(details()).getByRole('button', { name: 'Edit name' }))
    const input = within(details()).getByRole('textbox', { name: 'Name' })
    await userEvent.clear(input)
    await userEvent.type(input, 'Renamed gateway{Enter}')
    await screen.findByRole('heading', { level: 1, name: 'Renamed gateway' })
    expect(backend.db.bootstraps.get(config.id)).toMatchObject({ name: 'Renamed gateway', content: config.content })
  })

  it('refuses invalid JSON content with the reason, then saves valid content', async () => {
    const config = seededConfig(() => true)
    await renderPage(config)
    await userEvent.click(within(details()).getByRole('button', { name: 'Edit content' }))
    const editor = within(details()).getByRole('textbox', { name: 'Content' })
    await userEvent.clear(editor)
    await userEvent.paste('{"interval": }')
    await userEvent.click(within(details()).getByRole('button', { name: 'Save content' }))
    expect(await within(details()).findByRole('alert')).toHaveTextContent(/looks like JSON but is not valid/)
    await userEvent.clear(editor)
    await userEvent.paste('{"interval": 5}')
    await userEvent.click(within(details()).getByRole('button', { name: 'Save content' }))
    await waitFor(() => expect(backend.db.bootstraps.get(config.id)?.content).toBe('{"interval": 5}'))
    expect(backend.db.bootstraps.get(config.id)?.name).toBe(config.name)
  })

  it('replaces the encryption settings, refusing a certificate in the key field', async () => {
    const config = seededConfig((c) => Boolean(c.client_cert))
    await renderPage(config)
    await userEvent.click(screen.getByRole('button', { name: 'Edit certificates' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit encryption settings' })
    expect(within(dialog).getByRole('textbox', { name: 'Client certificate' })).toHaveValue(config.client_cert)
    const key = within(dialog).getByRole('textbox', { name: 'Client key' })
    expect(key).toHaveValue('')
    await userEvent.click(key)
    await userEvent.paste(config.ca_cert)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText(/“CERTIFICATE” block, not a private key/)).toBeInTheDocument()
    await userEvent.clear(key)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(backend.db.bootstraps.get(config.id)).toMatchObject({ client_cert: config.client_cert, ca_cert: config.ca_cert, client_key: '' })
  })

  it('deletes after confirmation and returns to the list', async () => {
    const config = seededConfig(() => true)
    const { router } = await renderPage(config)
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete configuration?' })
    expect(dialog).toHaveTextContent(/The client and its channel connections stay/)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${backend.domainId}/bootstraps`))
    expect(backend.db.bootstraps.get(config.id)).toBeUndefined()
    expect(backend.db.clients.get(config.id)).toBeDefined()
  })

  it('shows the read-only member every change disabled, with the reason', async () => {
    const config = seededConfig((c) => c.state === 0)
    await renderPage(config, VIEWER)
    const controls = [
      screen.getByRole('button', { name: /^Enable/ }),
      screen.getByRole('button', { name: /^Delete/ }),
      within(details()).getByRole('button', { name: /^Edit name/ }),
      within(details()).getByRole('button', { name: /^Edit channels/ }),
      within(details()).getByRole('button', { name: /^Edit content/ }),
      screen.getByRole('button', { name: /^Edit certificates/ }),
    ]
    for (const control of controls) {
      expect(control).toHaveAttribute('aria-disabled', 'true')
      expect(control).toHaveAccessibleDescription(/You do not have permission/)
    }
    await userEvent.click(controls[0])
    expect(backend.db.bootstraps.get(config.id)?.state).toBe(0)
    // Testing is read-only: it stays available.
    expect(screen.getByRole('button', { name: 'Test bootstrap' })).not.toHaveAttribute('aria-disabled')
  })

  it('says when the configuration does not exist', async () => {
    await signInAs(ADMIN)
    await renderInDomain(
      backend.domainId,
      [{ path: '/:domainId/bootstraps/:configId', element: <BootstrapPage /> }],
      `/${backend.domainId}/bootstraps/00000000-0000-4000-8000-000000000000`,
    )
    expect(await screen.findByRole('heading', { name: 'Configuration not found' })).toBeInTheDocument()
  })
})
