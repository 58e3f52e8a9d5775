import { AuditLogView } from '../audit-logs.po.ts'
import { ClientAccessPages } from '../roles.po.ts'
import { BootstrapView, BootstrapsList, CreateBootstrapDialog } from '../bootstraps.po.ts'
import { ConnectDialog } from '../connections.po.ts'
import { ADMIN, OPERATOR, PASSWORD } from '../fixtures.ts'
import { cspViolations, watchCsp } from '../security.po.ts'
import { expect, test } from './fixtures.ts'

/** Names unique to this run: the fake server keeps its state for the whole run, and every test shares it. */
const run = Date.now().toString(36)
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') })

test.describe('live mode over HTTP', () => {
  test('sign in by typing, list, search, sort and page clients, sign out', async ({ page, login, clients }) => {
    const configReads: string[] = []
    page.on('request', (request) => void (new URL(request.url()).pathname === '/config.json' && configReads.push(request.url())))
    await page.goto('/')
    await expect(page).toHaveURL(/\/login$/)
    // index.html starts config.json beside the entry script (scripts/preload.ts), and the console's own read takes it.
    await expect(page.locator('link[rel="preload"][href="/config.json"]')).toHaveCount(1)
    expect(configReads, 'config.json is read once').toHaveLength(1)
    await expect(page.getByRole('region', { name: 'Demo accounts' }), 'a live console lists no demo accounts').toHaveCount(0)
    await login.signIn(ADMIN)
    await page.getByRole('link', { name: /Acme Industrial/ }).click()
    await expect(clients.range).toHaveText(/^1–25 of [\d,]+ clients$/)
    const everyone = await clients.range.textContent()

    await clients.search.fill('humidity')
    await expect(page).toHaveURL(/q=humidity/)
    await expect(clients.range).not.toHaveText(everyone!)
    await expect.poll(async () => (await clients.nameLinks().allTextContents()).every((n) => /humidity/i.test(n))).toBe(true)

    await clients.search.fill('')
    await clients.sortBy('Name').click()
    await expect(clients.table.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending')
    await expect
      .poll(async () => {
        const names = await clients.nameLinks().allTextContents()
        return names.length === 25 && names.every((n, i) => i === 0 || names[i - 1].toLowerCase().localeCompare(n.toLowerCase()) <= 0)
      })
      .toBe(true)
    await clients.pageButton(2).click()
    await expect(clients.range).toHaveText(/^26–50 of /)

    await page.getByRole('button', { name: /Account/ }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/login$/)
  })

  test("a fresh tab paints the sign-in form from the page's HTML and keeps what is typed there", async ({ page }) => {
    await watchCsp(page)
    // The console's script held back, as on a slow network: what shows is the page's own HTML (scripts/sign-in-card.ts).
    let held = Promise.resolve()
    let release = () => {}
    const holdScript = () => (held = new Promise<void>((resolve) => (release = resolve)))
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    holdScript()
    await page.goto('/login', { waitUntil: 'commit' })
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    await page.locator('[data-static-sign-in]').getByLabel('Username or email').fill(OPERATOR)
    const password = page.locator('[data-static-sign-in]').getByLabel('Password')
    await password.fill(PASSWORD.slice(0, 4))
    await password.press('Enter')
    await expect(page, 'Enter in the inert form sends nothing').toHaveURL(/\/login$/)

    release()
    await expect(page.locator('[data-static-sign-in]'), "replaced by the script's form").toHaveCount(0)
    await expect(page.getByLabel('Username or email')).toHaveValue(OPERATOR)
    await expect(page.getByLabel('Password')).toBeFocused()
    await page.keyboard.type(PASSWORD.slice(4))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('table', { name: 'Clients' }).locator('tbody tr td.col-name a').first()).toBeVisible()

    // A tab that can resume its session does not show the form while the script loads.
    holdScript()
    await page.reload({ waitUntil: 'commit' })
    await expect(page.locator('[data-static-sign-in]')).toBeAttached()
    await expect(page.locator('[data-static-sign-in]')).toBeHidden()
    release()
    await expect(page.getByRole('table', { name: 'Clients' })).toBeVisible()
    expect(await cspViolations(page), 'the switch and the card run under the policy').toEqual([])
  })

  test('create a client, edit it in place, connect it to a channel, read its audit log', async ({ page, signIn }) => {
    test.slow()
    const name = `Live probe ${run}`
    await signIn(OPERATOR)
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    const create = page.getByRole('dialog', { name: 'Create client' })
    await create.getByRole('textbox', { name: /^Name/ }).fill(name)
    await create.getByRole('button', { name: 'Create client' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Client “${name}” created` })
      .getByRole('button', { name: 'Open' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()

    const main = page.getByRole('main')
    await main.getByRole('button', { name: 'Edit name' }).click()
    await main.getByRole('textbox', { name: 'Name' }).fill(`${name} renamed`)
    await main.getByRole('textbox', { name: 'Name' }).press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: `${name} renamed` })).toBeVisible()

    const sections = page.getByRole('navigation', { name: 'Client sections' })
    await sections.getByRole('link', { name: 'Connections' }).click()
    await page
      .getByRole('button', { name: /^Connect(?! to)/ })
      .first()
      .click()
    const connect = new ConnectDialog(page)
    await connect.picker.fill('Diagnostics')
    await connect.option('Diagnostics').click()
    await connect.type('Subscribe').uncheck()
    await connect.submit.click()
    const connected = page.getByRole('table', { name: 'Connected channels' }).locator('tbody tr').filter({ hasText: 'Diagnostics' })
    await expect(connected).toContainText('Publish')
    await expect(connected).not.toContainText('Subscribe')

    // The journal service, on its own port behind the proxy, saw every change.
    await sections.getByRole('link', { name: 'Audit logs' }).click()
    await expect(new AuditLogView(page).operationCells()).toContainText(['channel.connect', 'client.update', 'client.create'])
  })

  test('bulk-create clients from a CSV file', async ({ page, signIn, clients }) => {
    await signIn(OPERATOR)
    await page.getByRole('button', { name: 'Create clients' }).click()
    const dialog = page.getByRole('dialog', { name: 'Create clients from a CSV file' })
    const rows = ['Name,Secret,Tags,Metadata', ...[1, 2, 3].map((n) => `Live import ${run} ${n},,live-${run},`)]
    await dialog.getByLabel('Choose a CSV file').setInputFiles(csvFile('live.csv', rows.join('\n')))
    await expect(dialog.getByText('3 valid', { exact: true })).toBeVisible()
    await dialog.getByRole('button', { name: 'Create 3 valid clients' }).click()
    await expect(dialog.getByRole('status').filter({ hasText: '3 clients created.' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Close' }).last().click()
    await clients.search.fill(`Live import ${run}`)
    await expect(clients.rows()).toHaveCount(3)
  })

  test('create a role on a client and add a member', async ({ page, signIn }) => {
    const access = new ClientAccessPages(page)
    await signIn(ADMIN)
    await access.openFirstClient()
    await access.openTab('Roles')
    await access.createRole.click()
    const create = access.dialog('Create role')
    await create.getByRole('textbox', { name: /Role name/ }).fill(`live-${run}`)
    await create.getByRole('checkbox', { name: 'read' }).check()
    await create.getByRole('button', { name: 'Create role' }).click()
    await expect(create).toBeHidden()
    await access.roleLink(`live-${run}`).click()
    await page.getByRole('button', { name: 'Add members' }).first().click()
    const add = access.dialog('Add members')
    await access.pickMember(add, 'jane', /Jane Doe/)
    await add.getByRole('button', { name: 'Add members' }).click()
    await expect(access.roleMembers).toContainText('Jane Doe')
  })

  test('create a bootstrap configuration and enable it', async ({ page, signIn }) => {
    await signIn(ADMIN)
    const list = new BootstrapsList(page)
    await list.open()
    await list.create.click()
    const create = new CreateBootstrapDialog(page)
    await create.field('Name').fill(`Live gateway ${run}`)
    await create.field(/External ID/).fill(`live:${run}`)
    await create.generateKey()
    await create.pick('Channels', 'Commands')
    await create.submit()
    const view = new BootstrapView(page)
    await expect(view.heading(`Live gateway ${run}`)).toBeVisible()
    await view.enable.click()
    await expect(view.disable).toBeVisible()
    await view.testBootstrap()
    await expect(view.testResult).toContainText('200 OK: the device receives this configuration.')
  })

  test('a config.json that fails or is malformed stops the console with a page that says so', async ({ page }) => {
    await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"apiURL": "/api"}' }))
    await page.goto('/login')
    const stop = page.getByRole('alert')
    await expect(stop.getByRole('heading', { name: 'The console cannot start' })).toBeVisible()
    await expect(stop).toContainText('/config.json cannot be used: the file: unknown key "apiURL"')
    await expect(page.getByLabel('Username or email'), 'no sign-in form, least of all a demo one').toHaveCount(0)

    await page.route('**/config.json', (route) => route.fulfill({ status: 503, body: 'down' }))
    await page.reload()
    await expect(stop).toContainText('cannot be used: the server answered HTTP 503')
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull()
    expect(await page.evaluate(() => Object.keys(localStorage)), 'no demo data written').toEqual([])
  })

  test('a service left at the gateway is reported on the page that needs it, not shown as empty', async ({ page, signIn }) => {
    // As an operator would misconfigure it: journal and bootstrap at the gateway, which does not route them.
    await page.route('**/config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ services: { journal: '/api', bootstrap: '/api' } }) }),
    )
    await signIn(ADMIN)
    await page.getByRole('table', { name: 'Clients' }).locator('tbody tr td.col-name a').first().click()
    await page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Audit logs' }).click()
    await expect(page.getByRole('main')).toContainText(
      'Journal service not reachable at /api: it answered 404 with an HTML page, as a gateway or proxy without this route does.',
    )
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bootstraps' }).click()
    await expect(page.getByRole('main')).toContainText(
      "Bootstrap service not reachable at /api: that URL answers as the clients service (its /health says so); Magistrala's gateway does not route bootstrap",
    )
  })
})
