import type { Page, Request } from '@playwright/test'
import { ADMIN, LoginPage, OPERATOR, PASSWORD, expect, mock, test } from './fixtures.ts'
import { domainIdOf } from './security.po.ts'

/** 503s with `Retry-After: 0`: the console retries at once, so a test sees its retries run out without waiting. */
const UNAVAILABLE = { unavailableRate: 1, retryAfterSeconds: 0 }
const HEALTHY = { unavailableRate: 0, errorRate: 0, networkErrorRate: 0, latencyMs: 0, match: '' }

/** The mock's requests whose method and path contain `match`, as the fault injection matches them. */
function countRequests(page: Page, match: string) {
  const seen: string[] = []
  const listener = (request: Request) => {
    const line = `${request.method()} ${new URL(request.url()).pathname}`
    if (line.includes(match)) seen.push(line)
  }
  page.on('request', listener)
  return { count: () => seen.length, stop: () => page.off('request', listener) }
}

/** How many clients of the main domain carry this name (or, with a trailing `*`, a name starting so), read from the mock's database. */
function clientsNamed(page: Page, name: string) {
  return page.evaluate((wanted) => {
    const { db } = (window as unknown as { __fleetMock: { backend: { db: any } } }).__fleetMock.backend // oxlint-disable-line no-explicit-any
    const acme = db.domains.all().find((d: { route?: string }) => d.route === 'acme')
    const matches = (name = '') => (wanted.endsWith('*') ? name.startsWith(wanted.slice(0, -1)) : name === wanted)
    return [...db.clients.allIn(acme.id)].filter((c: { name?: string }) => matches(c.name)).length
  }, name)
}

test.describe('faults', () => {
  test('every list shows an error with Retry when the server keeps failing, then recovers', async ({ page, signIn }) => {
    test.slow()
    await signIn()
    const d = domainIdOf(page)
    const { id: c } = await mock.someClient(page)
    const lists = [
      { name: 'clients', table: 'Clients', path: `/${d}/clients`, match: `GET /mock-api/${d}/clients` },
      { name: 'channels', table: 'Channels', path: `/${d}/channels`, match: `GET /mock-api/${d}/channels` },
      {
        name: "a client's connections",
        table: 'Connected channels',
        path: `/${d}/clients/${c}/connections`,
        match: `GET /mock-api/${d}/channels`,
      },
      { name: "a client's roles", table: 'Roles', path: `/${d}/clients/${c}/roles`, match: `/clients/${c}/roles` },
      { name: "a client's members", table: 'Members', path: `/${d}/clients/${c}/members`, match: `/clients/${c}/roles/members` },
      { name: 'bootstraps', table: 'Bootstrap configurations', path: `/${d}/bootstraps`, match: `GET /mock-api/${d}/clients/configs` },
      { name: "a client's audit log", table: 'Audit log', path: `/${d}/clients/${c}/audit-logs`, match: `/journal/` },
    ]
    for (const list of lists) {
      await test.step(list.name, async () => {
        await mock.setFaults(page, { ...UNAVAILABLE, match: list.match })
        const requests = countRequests(page, list.match)
        await page.goto(list.path)
        const table = page.getByRole('table', { name: list.table, exact: true })
        const retry = table.getByRole('button', { name: 'Retry' })
        // A full page load first (sign-in resumed, lazy route), then four quick attempts.
        await expect(retry, `${list.name}: an error with Retry, not a spinner`).toBeVisible({ timeout: 15_000 })
        await expect(table.locator('tr.row-skeleton')).toHaveCount(0)
        await expect(table.getByRole('alert').first()).toContainText(/unavailable|503/i)
        // The first attempt and three retries, no more.
        expect(requests.count(), `${list.name}: retried three times`).toBeGreaterThanOrEqual(4)
        expect(requests.count()).toBeLessThanOrEqual(4 * 2)
        requests.stop()

        await mock.setFaults(page, HEALTHY)
        await retry.click()
        await expect(retry).toBeHidden()
        await expect(table.locator('tbody tr').first()).toBeVisible()
      })
    }

    await test.step("a client's configuration", async () => {
      await mock.setFaults(page, { ...UNAVAILABLE, match: `GET /mock-api/${d}/clients/${c}` })
      await page.goto(`/${d}/clients/${c}`)
      const failed = page.getByRole('alert').filter({ hasText: 'Could not load the client' })
      await expect(failed.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 15_000 })
      await mock.setFaults(page, HEALTHY)
      await failed.getByRole('button', { name: 'Retry' }).click()
      await expect(page.getByRole('main').getByRole('switch', { name: 'Client enabled' })).toBeVisible()
    })
  })

  test('a 500 is retried with backoff before the error shows; a 404 is not retried', async ({ page, signIn, clients }) => {
    await signIn()
    const d = domainIdOf(page)
    await mock.setFaults(page, { errorRate: 1, match: `GET /mock-api/${d}/clients` })
    const requests = countRequests(page, `GET /mock-api/${d}/clients`)
    await page.goto(`/${d}/clients`)
    // Backing off 0.5 s, 1 s, 2 s between the four attempts.
    await expect(clients.table.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 20_000 })
    expect(requests.count()).toBe(4)
    requests.stop()

    await mock.setFaults(page, HEALTHY)
    const urls: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/00000000-0000-0000-0000-000000000000')) urls.push(request.url())
    })
    await page.goto(`/${d}/clients/00000000-0000-0000-0000-000000000000`)
    await expect(page.getByRole('main')).toContainText(/not found/i)
    expect(urls.length).toBeGreaterThan(0)
    expect(new Set(urls).size, 'each 404 asked once').toBe(urls.length)
  })

  test('rows stay visible while a page loads and when a refresh fails; offline shows a banner and coming back refetches', async ({
    page,
    context,
    signIn,
    clients,
  }) => {
    await signIn()
    const d = domainIdOf(page)
    const firstName = await clients.nameLinks().first().textContent()

    // Paging with a slow server: the current rows stay, marked busy, until the next page arrives.
    // Long enough that the check below sees the old rows even on a loaded machine.
    await mock.setFaults(page, { latencyMs: 4_000, match: `GET /mock-api/${d}/clients` })
    // The last page: the next one is prefetched and would open at once.
    await clients.lastPageButton().click()
    await expect(clients.table.locator('xpath=ancestor::div[contains(@class, "table-wrap")]')).toHaveAttribute('aria-busy', 'true')
    await expect(clients.nameLinks().first()).toHaveText(firstName!)
    await expect(clients.nameLinks().first()).not.toHaveText(firstName!)
    const otherPageFirst = await clients.nameLinks().first().textContent()

    await context.setOffline(true)
    const offline = page.getByRole('status').filter({ hasText: 'You are offline' })
    await expect(offline).toBeVisible()

    // Back online, the list refetches at once (fresh or not); the server fails, the rows stay.
    await mock.setFaults(page, { ...HEALTHY, ...UNAVAILABLE, match: `GET /mock-api/${d}/clients` })
    await context.setOffline(false)
    await expect(offline).toBeHidden()
    const banner = page.getByRole('alert').filter({ hasText: 'Could not refresh; showing the last loaded rows' }).first()
    await expect(banner).toBeVisible()
    await expect(clients.nameLinks().first()).toHaveText(otherPageFirst!)

    await mock.setFaults(page, HEALTHY)
    await banner.getByRole('button', { name: 'Retry' }).click()
    await expect(banner).toBeHidden()
    await expect(clients.nameLinks().first()).toHaveText(otherPageFirst!)
  })
})

test.describe('saving under faults', () => {
  test('a double click creates one client; a refused save keeps the dialog, the typed values and the message', async ({ page, signIn }) => {
    await signIn(OPERATOR)
    const d = domainIdOf(page)
    const existing = await mock.someClient(page)
    const dialog = page.getByRole('dialog', { name: 'Create client' })
    const name = dialog.getByRole('textbox', { name: /^Name/ })
    const submit = dialog.getByRole('button', { name: 'Create client' })

    // The server refuses: 500 with no body.
    await mock.setFaults(page, { errorRate: 1, match: `POST /mock-api/${d}/clients` })
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    await name.fill('Resilient Pump')
    await dialog.getByRole('textbox', { name: /^Identity/ }).fill('pump-serial-7')
    await submit.click()
    await expect(dialog.getByRole('alert')).toContainText('Could not create the client')
    await expect(name).toHaveValue('Resilient Pump')
    await expect(dialog.getByRole('textbox', { name: /^Identity/ })).toHaveValue('pump-serial-7')

    // The server refuses with a message: it shows on the field it is about.
    await mock.setFaults(page, HEALTHY)
    await dialog.getByLabel(/^Key \(secret\)/).fill(existing.secret)
    await submit.click()
    await expect(dialog.getByText('This key is already used by another client in this domain')).toBeVisible()
    await expect(name).toHaveValue('Resilient Pump')

    // A slow server and an impatient double click: one request, one client.
    await dialog.getByLabel(/^Key \(secret\)/).fill('')
    await mock.setFaults(page, { latencyMs: 700, match: `POST /mock-api/${d}/clients` })
    const posts = countRequests(page, `POST /mock-api/${d}/clients`)
    await submit.dblclick()
    await expect(dialog).toBeHidden()
    expect(posts.count()).toBe(1)
    expect(await clientsNamed(page, 'Resilient Pump')).toBe(1)
  })

  test('a failed inline save keeps the editor open with the draft and the reason', async ({ page, signIn }) => {
    await signIn(OPERATOR)
    const d = domainIdOf(page)
    const { id, name: original } = await mock.someClient(page)
    await page.goto(`/${d}/clients/${id}`)
    const main = page.getByRole('main')
    await main.getByRole('button', { name: 'Edit name' }).click()
    // Long enough that the second Enter lands while the first save is under way, even on a loaded machine.
    await mock.setFaults(page, { latencyMs: 2500, unavailableRate: 1, match: `PATCH /mock-api/${d}/clients/${id}` })
    const patches = countRequests(page, `PATCH /mock-api/${d}/clients/${id}`)
    const input = main.getByRole('textbox', { name: 'Name' })
    await input.fill('Renamed under fire')
    await input.press('Enter')
    await input.press('Enter')
    await expect(main.getByRole('alert'), 'the first save has not failed yet').toHaveCount(0, { timeout: 1 })
    await expect(main.getByRole('alert')).toContainText(/unavailable/i)
    await expect(input).toHaveValue('Renamed under fire')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(original)
    // Two Enters while the first save was under way, and a failed save: still one request (never auto-retried).
    expect(patches.count()).toBe(1)
  })

  test('optimistic toggles roll back when the server refuses: client status, bootstrap state, matrix cell', async ({ page, signIn }) => {
    test.slow()
    await signIn()
    const d = domainIdOf(page)
    const { id, name } = await mock.someClient(page)
    const toasts = page.getByRole('region', { name: 'Notifications' })

    await page.goto(`/${d}/clients/${id}`)
    const toggle = page.getByRole('main').getByRole('switch', { name: 'Client enabled' })
    await expect(toggle).toHaveAttribute('aria-checked', 'true')
    await mock.setFaults(page, { latencyMs: 600, errorRate: 1, match: `/clients/${id}/disable` })
    await toggle.click()
    await expect(toggle, 'moves at once').toHaveAttribute('aria-checked', 'false')
    await expect(toggle, 'and back when refused').toHaveAttribute('aria-checked', 'true')
    await expect(toasts).toContainText(/could not/i)

    // Bootstrap: a disabled configuration that the server refuses to enable.
    await mock.setFaults(page, HEALTHY)
    await page.goto(`/${d}/bootstraps?state=disabled`)
    await page.getByRole('table', { name: 'Bootstrap configurations' }).locator('tbody tr').first().getByRole('link').first().click()
    const enable = page.getByRole('button', { name: /^Enable/ })
    const disable = page.getByRole('button', { name: /^Disable/ })
    await expect(enable).toBeVisible()
    await mock.setFaults(page, { latencyMs: 600, errorRate: 1, match: '/clients/state/' })
    await enable.click()
    await expect(disable, 'shown enabled at once').toBeVisible()
    await expect(enable, 'and disabled again when refused').toBeVisible()

    // The connection matrix: a cell flips, then flips back.
    await mock.setFaults(page, HEALTHY)
    await page.goto(`/${d}/connections/matrix?clients=${id}`)
    await page.getByRole('searchbox', { name: 'Search channels by name' }).fill('Diagnostics')
    const cell = page
      .getByRole('table', { name: /Connection matrix/ })
      .getByRole('button', { name: `Publish: ${name} on Diagnostics`, exact: true })
    const before = await cell.getAttribute('aria-pressed')
    const after = before === 'true' ? 'false' : 'true'
    await mock.setFaults(page, { latencyMs: 600, errorRate: 1, match: '/channels/' })
    await cell.click()
    await expect(cell).toHaveAttribute('aria-pressed', after)
    await expect(cell).toHaveAttribute('aria-pressed', before!)
  })
})

test.describe('imports and pages', () => {
  test('closing the tab mid-import asks first; importing the file again creates only what is missing', async ({
    page,
    context,
    signIn,
  }) => {
    // Two sign-ins and two imports.
    test.slow()
    await signIn()
    // Two batches (250 + 50), no secrets: the rows a second run would once have created twice.
    const file = {
      name: 'resume.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Name', ...Array.from({ length: 300 }, (_, i) => `Resume ${i}`)].join('\n')),
    }
    const chooseFile = async (tab: Page) => {
      await tab.getByRole('button', { name: 'Create clients' }).click()
      const dialog = tab.getByRole('dialog', { name: 'Create clients from a CSV file' })
      await dialog.getByLabel('Choose a CSV file').setInputFiles(file)
      return dialog
    }

    await mock.setFaults(page, { latencyMs: 2_000, match: '/clients/bulk' })
    const dialog = await chooseFile(page)
    await dialog.getByRole('button', { name: 'Create 300 valid clients' }).click()
    await expect(dialog.getByRole('status').filter({ hasText: 'Created 250 of 300' })).toBeVisible()
    // The second batch is under way: closing the tab asks first.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', async (prompt) => {
        resolve(prompt.type())
        await prompt.accept()
      }),
    )
    await page.close({ runBeforeUnload: true })
    expect(await asked).toBe('beforeunload')
    await expect.poll(() => page.isClosed()).toBe(true)

    // Another tab, signed in afresh (a session lives in its tab); the demo data was kept.
    const tab = await context.newPage()
    await tab.goto('/login')
    await new LoginPage(tab).signIn(ADMIN)
    await tab.getByRole('link', { name: /Acme Industrial/ }).click()
    await mock.setFaults(tab, HEALTHY)
    expect(await clientsNamed(tab, 'Resume *')).toBe(250)

    // The preview finds the rows created before; only the rest is sent.
    const again = await chooseFile(tab)
    await expect(
      again.getByRole('status').filter({ hasText: '250 rows of this file were created before and will be skipped.' }),
    ).toBeVisible()
    await again.getByRole('button', { name: 'Create 50 valid clients' }).click()
    await expect(
      again.getByRole('status').filter({ hasText: '50 clients created. 250 rows skipped: created by an earlier import of this file.' }),
    ).toBeVisible()
    expect(await clientsNamed(tab, 'Resume *')).toBe(300)
    expect(await clientsNamed(tab, 'Resume 0')).toBe(1)
  })

  test('a render error in one tab shows there with Retry; the shell, the client header and its tabs stay', async ({ page, signIn }) => {
    await signIn()
    // A client created now: it has never connected, so its header shows no time.
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    const create = page.getByRole('dialog', { name: 'Create client' })
    await create.getByRole('textbox', { name: /^Name/ }).fill('Boundary Probe')
    await create.getByRole('button', { name: 'Create client' }).click()
    await page.getByRole('status').filter({ hasText: 'Client “Boundary Probe” created' }).getByRole('button', { name: 'Open' }).click()
    const tabs = page.getByRole('navigation', { name: 'Client sections' })
    await tabs.getByRole('link', { name: 'Connections' }).click()

    // A bug in the Configuration tab, simulated: formatting a date throws while it renders.
    await page.evaluate(() => {
      const proto = Intl.DateTimeFormat.prototype
      const format = Object.getOwnPropertyDescriptor(proto, 'format')!
      Object.assign(window, { __restoreFormat: () => Object.defineProperty(proto, 'format', format) })
      Object.defineProperty(proto, 'format', {
        configurable: true,
        get: () => () => {
          throw new Error('Simulated render failure')
        },
      })
    })
    await tabs.getByRole('link', { name: 'Configuration' }).click()
    const failure = page.getByRole('alert').filter({ hasText: 'This page could not be shown' })
    await expect(failure).toContainText('Simulated render failure')
    await expect(page.getByRole('heading', { level: 1, name: 'Boundary Probe' })).toBeVisible()
    await expect(tabs).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()

    await page.evaluate(() => (window as unknown as { __restoreFormat: () => void }).__restoreFormat())
    await failure.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('main').getByRole('switch', { name: 'Client enabled' })).toBeVisible()
    await expect(failure).toBeHidden()
  })
})

test.describe('sessions', () => {
  test('an outage of the token refresh keeps the session, says it is reconnecting (in the app and on reload), and carries on', async ({
    page,
    login,
    clients,
  }) => {
    const REFRESH_DOWN = { unavailableRate: 1, retryAfterSeconds: 0, match: 'POST /mock-api/users/tokens/refresh' }
    await page.goto('/login')
    await expect(login.submit).toBeVisible()
    await mock.setFaults(page, { accessTokenTtlSeconds: 2 })
    await login.signIn(ADMIN)
    await page.getByRole('link', { name: /Acme Industrial/ }).click()
    await expect(clients.rows().first().getByRole('link')).toBeVisible()
    await mock.setFaults(page, { accessTokenTtlSeconds: 3600, ...REFRESH_DOWN })
    // Counted from here, not from the sign-in: under load the first page can take longer than the token's two seconds,
    // and a refresh then (still healthy) hands out a token that outlives a wait counted from the sign-in.
    const expiredAfter = await page.evaluate(() => Date.now() + 2_100)
    await page.waitForFunction((until) => Date.now() > until, expiredAfter)

    // The next page meets the expired token; the refresh meets the outage.
    const firstName = await clients.nameLinks().first().textContent()
    await clients.lastPageButton().click()
    const reconnecting = page.getByRole('status').filter({ hasText: 'Reconnecting…' })
    await expect(reconnecting).toBeVisible()
    await mock.setFaults(page, HEALTHY)
    await expect(reconnecting).toBeHidden()
    await expect(clients.nameLinks().first()).not.toHaveText(firstName!)
    await expect(page).not.toHaveURL(/\/login/)

    // A reload during an outage: the session is restored once the server answers, not ended.
    const here = new URL(page.url())
    await page.goto(`${here.pathname}?mockUnavailableRate=1&mockRetryAfterSeconds=0&mockMatch=${encodeURIComponent(REFRESH_DOWN.match)}`)
    await expect(
      page.getByRole('status').filter({ hasText: 'Reconnecting… The server is not answering yet; you are still signed in.' }),
    ).toBeVisible()
    await mock.setFaults(page, HEALTHY)
    await expect(clients.rows().first().getByRole('link')).toBeVisible()
    await expect(page).not.toHaveURL(/\/login/)
  })

  test('an expired access token is refreshed once and the requests retried, without leaving the page', async ({ page, login, clients }) => {
    await page.goto('/login')
    await expect(login.submit).toBeVisible()
    await mock.setFaults(page, { accessTokenTtlSeconds: 3 })
    await login.signIn(ADMIN)
    await page.getByRole('link', { name: /Acme Industrial/ }).click()
    await expect(clients.rows().first().getByRole('link')).toBeVisible()
    // Tokens issued from now on live long; any issued before expires within four seconds.
    // From here on, one refresh yields a long-lived token: a second refresh would be a bug.
    const refreshes = countRequests(page, 'POST /mock-api/users/tokens/refresh')
    await mock.setFaults(page, { accessTokenTtlSeconds: 3600 })
    const shortLivedUntil = await page.evaluate(() => Date.now() + 4_100)
    await page.waitForFunction((until) => Date.now() > until, shortLivedUntil)

    // The last page of the list has not been loaded yet (the next one was prefetched): its request meets the expired
    // token, gets a 401, and is sent again after one refresh.
    const firstName = await clients.nameLinks().first().textContent()
    await clients.lastPageButton().click()
    await expect(clients.nameLinks().first()).not.toHaveText(firstName!)
    await expect(page).toHaveURL(/page=\d+/)
    // A refresh only follows a 401: one, whatever the number of requests that met the expired token.
    await expect.poll(() => refreshes.count()).toBe(1)
    await expect(page).not.toHaveURL(/\/login/)
  })

  test('an expired session goes to sign-in, warns about the open dialog, and comes back to the same page', async ({
    page,
    login,
    clients,
  }) => {
    await page.goto('/login')
    await expect(login.submit).toBeVisible()
    test.slow()
    // Both tokens of this sign-in live 20 seconds: time, even on a busy machine, to open a dialog and type in
    // the app (a reload would need the refresh token, so everything happens in-app).
    await mock.setFaults(page, { accessTokenTtlSeconds: 20, refreshTokenTtlSeconds: 20 })
    // The TTLs go back up only once this sign-in's tokens are issued: a slow answer would otherwise get the long ones.
    const issued = page.waitForResponse((response) => response.url().endsWith('/users/tokens/issue'))
    await login.signIn(OPERATOR)
    await issued
    const expiredAfter = await page.evaluate(() => Date.now() + 21_100)
    await mock.setFaults(page, { accessTokenTtlSeconds: 3600, refreshTokenTtlSeconds: 86400 })
    await clients.nameLinks().first().click()
    await page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Roles' }).click()
    await expect(page.getByRole('table', { name: 'Roles' })).toBeVisible()
    const here = new URL(page.url()).pathname
    await page
      .getByRole('button', { name: /^Create/ })
      .first()
      .click()
    const dialog = page.getByRole('dialog', { name: 'Create role' })
    await dialog.getByRole('textbox', { name: 'Role name' }).fill('Night shift')
    await page.waitForFunction((until) => Date.now() > until, expiredAfter)

    await dialog.getByRole('button', { name: 'Create role' }).click()
    await expect(page).toHaveURL(/\/login\?reason=expired/)
    await expect(page.getByRole('status').filter({ hasText: 'Your session expired' })).toBeVisible()
    await expect(page.getByRole('alert')).toContainText('what you typed there was not saved')

    await login.signIn(OPERATOR, PASSWORD)
    await expect(page).toHaveURL(here)
    await expect(page.getByRole('table', { name: 'Roles' })).toBeVisible()
  })
})
