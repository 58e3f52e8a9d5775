import { DEMO_CA_CERT, DEMO_DEVICE_CERTS } from '../mocks/seed/certs.ts'
import { BootstrapView, BootstrapsList, CreateBootstrapDialog } from './bootstraps.po.ts'
import { VIEWER, expect, test } from './fixtures.ts'

/** Well-formed PEM around bytes that are no one's key. */
const DEVICE_KEY = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIBlCJGS0qWzmdGZ1ZFdVaXFybXNwbGFjZWhvbGRlcmtleW1hdGVyaWFsoAoGCCqGSM49AwEH
-----END EC PRIVATE KEY-----`

test.describe('bootstrap configurations', () => {
  // Whole journeys (sign in, create, check another page) on a shared two-core machine.
  test.describe.configure({ timeout: 60_000 })

  test('create without a client: a new, enabled client appears in the clients list', async ({ page, signIn, clients }) => {
    await signIn()
    const list = new BootstrapsList(page)
    await list.open()
    await list.create.click()
    const create = new CreateBootstrapDialog(page)
    await create.field('Name').fill('Dock 3 gateway')
    await create.field(/External ID/).fill('e2:e2:00:00:00:01')
    await create.generateKey()
    await expect(create.field(/External key/)).toHaveValue(/^[0-9a-f]{32}$/)
    await create.pick('Channels', 'Commands')
    await create.field('Content').fill('{"mqtt": {"port": 8883}}')
    await create.submit()

    const view = new BootstrapView(page)
    await expect(view.heading('Dock 3 gateway')).toBeVisible()
    await expect(page).toHaveURL(/\/bootstraps\/[0-9a-f-]{36}$/)
    const configId = page.url().split('/').pop()!
    await expect(page.getByText(/This configuration is/)).toContainText('disabled: its client is not connected to its channels yet')
    const clientLink = view.details.getByRole('link', { name: 'Dock 3 gateway' })
    await expect(clientLink, 'the new client is named after the configuration').toHaveAttribute('href', new RegExp(`/clients/${configId}$`))

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click()
    await clients.search.fill('Dock 3 gateway')
    const row = clients.row('Dock 3 gateway')
    await expect(row).toHaveCount(1)
    await expect(row).toContainText('Enabled')
  })

  test('create with an existing client and certificates', async ({ page, signIn }) => {
    await signIn()
    const list = new BootstrapsList(page)
    await list.open()
    await list.create.click()
    const create = new CreateBootstrapDialog(page)
    await create.field(/External ID/).fill('e2:e2:00:00:00:02')
    await create.field(/External key/).fill('line-2-secret-key')
    await create.pick('Channels', 'Line 2', /Line 2 Telemetry/)
    await create.pick('Client', 'Line 2 Energy Meter', /Line 2 Energy Meter/)
    await create.openEncryption()
    await create.field('Client certificate').fill(DEMO_DEVICE_CERTS[0])
    await create.field('Client key').fill(DEVICE_KEY)
    await create.field('CA certificate').fill('not a certificate')
    await create.submit()
    await expect(create.field('CA certificate')).toHaveAccessibleDescription(/^Not a certificate: paste it in PEM form/)
    await create.field('CA certificate').fill(DEMO_CA_CERT)
    await create.submit()

    const view = new BootstrapView(page)
    await expect(view.details.getByRole('link', { name: /Line 2 Energy Meter/ })).toBeVisible()
    await expect(view.channels()).toHaveText(['Line 2 Telemetry'])
    await expect(view.encryption.locator('pre')).toHaveCount(2)
    await expect(view.encryption).toContainText('Write-only')

    // The client's page links back to its configuration.
    const configUrl = page.url()
    await view.details.getByRole('link', { name: /Line 2 Energy Meter/ }).click()
    const bootstrapLink = page.getByRole('link', { name: 'e2:e2:00:00:00:02' })
    await expect(bootstrapLink).toBeVisible()
    await bootstrapLink.click()
    await expect(page).toHaveURL(configUrl)
  })

  test('enable a configuration, then test bootstrap as the device', async ({ page, signIn }) => {
    await signIn()
    const list = new BootstrapsList(page)
    await list.open()
    await list.state.selectOption('disabled')
    await expect(page).toHaveURL(/state=disabled/)
    await expect(list.rows().filter({ hasText: 'Enabled' })).toHaveCount(0)
    await list.rows().first().getByRole('link').first().click()

    const view = new BootstrapView(page)
    // Bootstrap v0.20.0 serves a disabled configuration too.
    await view.testBootstrap()
    await expect(view.testResult).toContainText('200 OK: the device receives this configuration, though it is disabled')

    await view.enable.click()
    await expect(view.disable).toBeVisible()
    await expect(page.getByText(/This configuration is/)).toHaveCount(0)
    await view.testBootstrap()
    await expect(view.testResult).toContainText('200 OK: the device receives this configuration.')
    await expect(view.testResult).toContainText('"client_secret"')
    await expect(view.testResult).not.toContainText('PRIVATE KEY')
  })

  test('edit content and channels', async ({ page, signIn }) => {
    await signIn()
    const list = new BootstrapsList(page)
    await list.open()
    await list.rows().first().getByRole('link').first().click()
    const view = new BootstrapView(page)

    await view.details.getByRole('button', { name: 'Edit content' }).click()
    const editor = view.details.getByRole('textbox', { name: 'Content' })
    await editor.fill('{"interval": }')
    await expect(view.details.getByText('Invalid JSON')).toBeVisible()
    await view.details.getByRole('button', { name: 'Save content' }).click()
    await expect(view.details.getByRole('alert')).toContainText('looks like JSON but is not valid')
    await editor.fill('{"interval": 15, "site": "Dock 3"}')
    await view.details.getByRole('button', { name: 'Format' }).click()
    await view.details.getByRole('button', { name: 'Save content' }).click()
    await expect(view.details.locator('pre')).toContainText('"interval": 15')

    const before = await view.channels().allTextContents()
    await view.details.getByRole('button', { name: 'Edit channels' }).click()
    const dialog = page.getByRole('dialog', { name: 'Edit channels' })
    await dialog.getByRole('button', { name: `Remove ${before[0]}` }).click()
    const picker = dialog.getByRole('combobox', { name: 'Channels' })
    await picker.fill('Alerts')
    await dialog
      .getByRole('listbox', { name: 'Channels' })
      .getByRole('option', { name: /^Alerts/ })
      .click()
    await picker.press('Escape')
    await dialog.getByRole('button', { name: 'Save channels' }).click()
    await expect(dialog).toBeHidden()
    await expect(view.channels()).toHaveText([...before.slice(1), 'Alerts'])
  })

  test('delete asks for confirmation', async ({ page, signIn }) => {
    await signIn()
    const list = new BootstrapsList(page)
    await list.open()
    await expect(list.range).toHaveText('1–8 of 8 configurations')
    const name = (await list.rows().first().getByRole('link').first().textContent())!
    await list.rows().first().getByRole('link').first().click()
    const view = new BootstrapView(page)
    await view.delete.click()
    const confirm = page.getByRole('dialog', { name: 'Delete configuration?' })
    await expect(confirm).toContainText('The client and its channel connections stay')
    await confirm.getByRole('button', { name: 'Delete' }).click()
    await expect(list.heading).toBeVisible()
    await expect(list.range).toHaveText('1–7 of 7 configurations')
    await expect(list.table.getByRole('link', { name, exact: true })).toHaveCount(0)
  })

  test('the read-only member is refused the list (v0.20.0), and sees every change disabled on a configuration', async ({
    page,
    signIn,
  }) => {
    await signIn(VIEWER)
    const list = new BootstrapsList(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bootstraps' }).click()
    await expect(page.getByRole('heading', { name: 'Only domain administrators can list configurations' })).toBeVisible()
    await expect(list.table).toHaveCount(0)
    await expect(list.create).toHaveAttribute('aria-disabled', 'true')
    await expect(list.create).toHaveAccessibleDescription(/needs “client_create” or “client_update”/)
    // A configuration is still within reach by its address (its client's page links to it).
    const configId = await page.evaluate(
      () =>
        (
          window as unknown as { __fleetMock: { backend: { db: { bootstraps: { all(): { id: string }[] } } } } }
        ).__fleetMock.backend.db.bootstraps.all()[0].id,
    )
    const domainId = new URL(page.url()).pathname.split('/')[1]
    await page.goto(`/${domainId}/bootstraps/${configId}`)
    const view = new BootstrapView(page)
    for (const control of [
      view.disable.or(view.enable),
      view.delete,
      view.details.getByRole('button', { name: /^Edit name/ }),
      page.getByRole('button', { name: /^Edit certificates/ }),
    ]) {
      await expect(control).toHaveAttribute('aria-disabled', 'true')
      await expect(control).toHaveAccessibleDescription(/You do not have permission/)
    }
  })
})
