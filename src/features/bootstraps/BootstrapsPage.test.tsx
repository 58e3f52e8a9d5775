import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ADMIN, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { BootstrapsPage } from './BootstrapsPage'

const backend = setupTestBackend()

const PEM_CERT = `-----BEGIN CERTIFICATE-----
MIIBvTCCAWOgAwIBAgIUVj403uxssQ6lrL1zuG0+lXjUfawwCgYIKoZIzj0EAwIw
-----END CERTIFICATE-----`

async function renderPage(user = ADMIN, path = '') {
  await signInAs(user)
  return renderInDomain(
    backend.domainId,
    [
      { path: '/:domainId/bootstraps', element: <BootstrapsPage /> },
      { path: '/:domainId/bootstraps/:configId', element: <p>config page</p> },
    ],
    `/${backend.domainId}/bootstraps${path}`,
  )
}

async function renderList(user = ADMIN, path = '') {
  const view = await renderPage(user, path)
  const table = await screen.findByRole('table', { name: 'Bootstrap configurations' })
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2))
  return { ...view, table }
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)
const seeded = () => backend.db.bootstraps.allIn(backend.domainId)

/** Pasting instead of typing keeps these tests fast on a busy machine. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field)
  await userEvent.paste(text)
}

async function openCreate() {
  await userEvent.click(screen.getByRole('button', { name: 'Create' }))
  return screen.findByRole('dialog', { name: 'Create bootstrap configuration' })
}

async function pickFirst(dialog: HTMLElement, picker: string) {
  await userEvent.click(within(dialog).getByRole('combobox', { name: picker }))
  const listbox = await within(dialog).findByRole('listbox', { name: picker })
  const option = (await within(listbox).findAllByRole('option'))[0]
  await userEvent.click(option)
  await userEvent.keyboard('{Escape}')
  return option.textContent
}

// Each test is a whole user journey (sign in, render, several requests): give a busy machine time.
describe('BootstrapsPage', { timeout: 15_000 }, () => {
  it('lists the configurations with their state, and says how to enable a new one', async () => {
    const { table } = await renderList()
    expect(bodyRows(table)).toHaveLength(seeded().length)
    expect(within(table).getAllByText('Enabled').length).toBe(seeded().filter((c) => c.state === 1).length)
    expect(within(table).getAllByText('Disabled').length).toBe(seeded().filter((c) => c.state === 0).length)
    expect(screen.getByText(/New configurations start/)).toHaveTextContent(
      /start disabled\. Enable one \(from its row's menu or its page\)/,
    )
    const first = bodyRows(table)[0]
    expect(within(first).getByRole('link', { name: /^Client / })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/clients\/[0-9a-f-]{36}$/),
    )
  })

  it('filters by state through the URL', async () => {
    const { table, search } = await renderList()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'disabled')
    await waitFor(() => expect(search().get('state')).toBe('disabled'))
    await waitFor(() => expect(bodyRows(table)).toHaveLength(seeded().filter((c) => c.state === 0).length))
    expect(within(table).queryByText('Enabled')).toBeNull()
  })

  it('enables a configuration from its row', async () => {
    const { table } = await renderList()
    const target = seeded().find((c) => c.state === 0)!
    const row = bodyRows(table).find((r) => within(r).queryByText(target.external_id))!
    await userEvent.click(within(row).getByRole('button', { name: /^Actions for / }))
    await userEvent.click(screen.getByRole('menuitem', { name: 'Enable' }))
    await waitFor(() => expect(within(row).getByText('Enabled')).toBeInTheDocument())
    await waitFor(() => expect(backend.db.bootstraps.get(target.id)?.state).toBe(1))
  })

  it('puts the row back and explains when the server cannot enable it', async () => {
    const target = seeded().find((c) => c.state === 0)!
    // The channels service refuses to connect a disabled client; bootstrap answers an empty 500.
    backend.db.clients.put({ ...backend.db.clients.get(target.id)!, status: 'disabled' })
    const { table } = await renderList()
    const row = bodyRows(table).find((r) => within(r).queryByText(target.external_id))!
    await userEvent.click(within(row).getByRole('button', { name: /^Actions for / }))
    await userEvent.click(screen.getByRole('menuitem', { name: 'Enable' }))
    const toast = await screen.findByText(/^Could not enable/)
    expect(toast.parentElement).toHaveTextContent('The client and all its channels must be enabled')
    expect(within(row).getByText('Disabled')).toBeInTheDocument()
    expect(backend.db.bootstraps.get(target.id)?.state).toBe(0)
  })

  it('explains to a member who is not a domain admin why the list is refused (400 in v0.20.0)', async () => {
    await renderPage(VIEWER)
    const refusal = await screen.findByRole('heading', { name: 'Only domain administrators can list configurations' })
    expect(refusal.parentElement).toHaveTextContent(/malformed entity specification/)
    expect(refusal.parentElement).toHaveTextContent(/from its client’s page/)
    expect(screen.queryByRole('table')).toBeNull()
    const create = screen.getByRole('button', { name: /^Create/ })
    expect(create).toHaveAttribute('aria-disabled', 'true')
    expect(create).toHaveAccessibleDescription(/needs “client_create” or “client_update”/)
  })
})

describe('CreateBootstrapDialog', { timeout: 15_000 }, () => {
  it('explains what is missing and keeps the dialog open', async () => {
    await renderList()
    const dialog = await openCreate()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(await within(dialog).findByText(/Enter the external ID/)).toBeInTheDocument()
    expect(within(dialog).getByText('Enter the external key, or generate one')).toBeInTheDocument()
    expect(within(dialog).getByText('Pick at least one channel')).toBeInTheDocument()
  })

  it('closes an open picker on Escape, not the dialog', async () => {
    await renderList()
    const dialog = await openCreate()
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Channels' }))
    await within(dialog).findByRole('listbox', { name: 'Channels' })
    await userEvent.keyboard('{Escape}')
    expect(within(dialog).queryByRole('listbox')).toBeNull()
    expect(screen.getByRole('dialog', { name: 'Create bootstrap configuration' })).toBeInTheDocument()
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('checks JSON content and certificates, opening the encryption settings to show the problem', async () => {
    await renderList()
    const dialog = await openCreate()
    await fill(within(dialog).getByRole('textbox', { name: 'Content' }), '{"a": 1')
    const toggle = within(dialog).getByRole('button', { name: /Encryption settings/ })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(toggle)
    await fill(within(dialog).getByRole('textbox', { name: 'Client key' }), 'not a key')
    await userEvent.click(toggle)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(await within(dialog).findByText(/This looks like JSON but is not valid/)).toBeInTheDocument()
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(within(dialog).getByRole('textbox', { name: 'Client key' })).toHaveAccessibleDescription(
      /^Not a private key: paste it in PEM form/,
    )
  })

  it('creates a configuration and a new client named after it, then opens its page', async () => {
    const { router } = await renderList()
    const before = backend.db.clients.countIn(backend.domainId)
    const dialog = await openCreate()
    await fill(within(dialog).getByRole('textbox', { name: 'Name' }), 'Dock gateway')
    await fill(within(dialog).getByRole('textbox', { name: /External ID/ }), 'de:ad:be:ef:00:01')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Generate' }))
    expect((within(dialog).getByRole('textbox', { name: /External key/ }) as HTMLInputElement).value).toMatch(/^[0-9a-f]{32}$/)
    await pickFirst(dialog, 'Channels')
    await userEvent.click(within(dialog).getByRole('button', { name: /Encryption settings/ }))
    await fill(within(dialog).getByRole('textbox', { name: 'CA certificate' }), PEM_CERT)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }))

    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/bootstraps\/[0-9a-f-]{36}$/))
    const id = router.state.location.pathname.split('/').pop()!
    const saved = backend.db.bootstraps.get(id)!
    expect(saved).toMatchObject({ name: 'Dock gateway', external_id: 'de:ad:be:ef:00:01', state: 0, ca_cert: PEM_CERT })
    expect(backend.db.clients.countIn(backend.domainId)).toBe(before + 1)
    expect(backend.db.clients.get(id)?.name).toBe('Dock gateway')
  })

  it('puts a taken external ID on its field, keeps what was typed, and removes the client it made for it', async () => {
    await renderList()
    const before = backend.db.clients.countIn(backend.domainId)
    const dialog = await openCreate()
    const taken = seeded()[0].external_id
    await fill(within(dialog).getByRole('textbox', { name: /External ID/ }), taken)
    await fill(within(dialog).getByRole('textbox', { name: /External key/ }), 'key-1')
    await pickFirst(dialog, 'Channels')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(await within(dialog).findByText('Another configuration already uses this external ID.')).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: /External key/ })).toHaveValue('key-1')
    expect(backend.db.clients.countIn(backend.domainId)).toBe(before)
  })

  it('says when the picked client already has a configuration', async () => {
    await renderList()
    const dialog = await openCreate()
    await fill(within(dialog).getByRole('textbox', { name: /External ID/ }), 'fresh-id')
    await fill(within(dialog).getByRole('textbox', { name: /External key/ }), 'key-1')
    await pickFirst(dialog, 'Channels')
    const configured = backend.db.clients.get(seeded()[0].id)!
    await fill(within(dialog).getByRole('combobox', { name: 'Client' }), configured.name!)
    // The search is debounced and answered by the server: wait for the filtered options, not the first page.
    const listbox = await within(dialog).findByRole('listbox', { name: 'Client' })
    const option = await within(listbox).findByRole('option', { name: new RegExp(configured.name!) }, { timeout: 5_000 })
    await userEvent.click(option)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(await within(dialog).findByText(/This client already has a configuration/)).toBeInTheDocument()
  })
})
