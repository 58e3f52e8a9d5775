import { writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { OPERATOR, expect, test } from './fixtures.ts'
import { cspViolations, domainIdOf, watchCsp } from './security.po.ts'

type LongTaskWindow = { __longestTask: number }

/** Records the longest main-thread task from now on: a frozen tab shows up as one very long task. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const store = window as unknown as LongTaskWindow
    store.__longestTask = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.__longestTask = Math.max(store.__longestTask, entry.duration)
    }).observe({ type: 'longtask' })
  })
  return () => page.evaluate(() => (window as unknown as LongTaskWindow).__longestTask)
}

test.describe('security', () => {
  test('the built console runs under its Content-Security-Policy with no violation, and the policy is enforced', async ({
    page,
    signIn,
    clients,
  }) => {
    await watchCsp(page)
    await signIn()
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("connect-src 'self'")

    // A tour of what loads code or data differently: lazy routes, dialogs, the CSV worker, the audit log.
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    await expect(page.getByRole('dialog', { name: 'Create client' })).toBeVisible()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Create clients' }).click()
    const importDialog = page.getByRole('dialog', { name: 'Create clients from a CSV file' })
    await importDialog
      .getByLabel('Choose a CSV file')
      .setInputFiles({ name: 'ok.csv', mimeType: 'text/csv', buffer: Buffer.from('Name\nCSP Sensor') })
    await expect(importDialog.getByText('1 valid', { exact: true })).toBeVisible()
    await importDialog.getByRole('button', { name: 'Close dialog' }).click()
    await clients.nameLinks().first().click()
    await page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Audit logs' }).click()
    await expect(page.getByRole('table', { name: 'Audit log' }).locator('tbody tr').first()).toBeVisible()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bootstraps' }).click()
    await expect(page.getByRole('table', { name: 'Bootstrap configurations' }).locator('tbody tr').first()).toBeVisible()
    expect(await cspViolations(page)).toEqual([])

    // Injected inline script does not run.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.head.append(script)
      await new Promise((resolve) => setTimeout(resolve, 0))
      return (window as unknown as { __injected?: boolean }).__injected ?? false
    })
    expect(ran).toBe(false)
    await expect.poll(() => cspViolations(page)).toContainEqual(expect.stringMatching(/^script-src-elem: inline/))
  })

  test('keys stay out of console logs, URLs, the journal and storage; the access token is not in Web Storage', async ({ page, signIn }) => {
    const logged: string[] = []
    page.on('console', (message) => logged.push(message.text()))
    const urls: string[] = []
    const authorizations = new Set<string>()
    page.on('request', (request) => {
      urls.push(request.url())
      const header = request.headers().authorization
      if (header?.startsWith('Bearer ')) authorizations.add(header.slice('Bearer '.length))
    })
    page.on('framenavigated', (frame) => urls.push(frame.url()))

    await signIn(OPERATOR)
    const d = domainIdOf(page)
    const secret = 'very-secret-key-6c1f9e2a'
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Create client' })
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Keyed Sensor')
    await dialog.getByLabel(/^Key \(secret\)/).fill(secret)
    await dialog.getByRole('button', { name: 'Create client' }).click()
    await page.getByRole('status').filter({ hasText: 'Client “Keyed Sensor” created' }).getByRole('button', { name: 'Open' }).click()
    const main = page.getByRole('main')
    await expect(main.getByText(secret)).toHaveCount(0)
    await main.getByRole('button', { name: 'Show key' }).click()
    await expect(main.getByText(secret)).toBeVisible()

    await main.getByRole('button', { name: 'Regenerate' }).click()
    await page.getByRole('dialog', { name: 'Regenerate the key?' }).getByRole('button', { name: 'Regenerate key' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Key regenerated' })).toBeVisible()
    const clientId = new URL(page.url()).pathname.split('/')[3]
    const regenerated = await page.evaluate(
      ({ d, id }) => {
        const { db } = (window as unknown as { __fleetMock: { backend: { db: any } } }).__fleetMock.backend // oxlint-disable-line no-explicit-any
        return db.clients.getIn(d, id)?.credentials?.secret as string
      },
      { d, id: clientId },
    )
    expect(regenerated).toBeTruthy()

    await page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Audit logs' }).click()
    const log = page.getByRole('table', { name: 'Audit log' })
    for (const operation of ['client.create', 'client.update_secret']) {
      await log
        .getByRole('button', { name: new RegExp(`Details of ${operation.replace('.', '\\.')}`) })
        .first()
        .click()
      const details = page.getByRole('dialog')
      await expect(details).toContainText(operation)
      await expect(details).not.toContainText(secret)
      await expect(details).not.toContainText(regenerated)
      await page.keyboard.press('Escape')
    }

    const keys = [secret, regenerated]
    for (const key of keys) {
      expect(
        logged.filter((line) => line.includes(key)),
        'a key in the console',
      ).toEqual([])
      expect(
        urls.filter((url) => url.includes(key)),
        'a key in a URL',
      ).toEqual([])
    }
    expect(authorizations.size).toBeGreaterThan(0)
    const storage = await page.evaluate(() => ({
      local: Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`),
      session: Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`),
    }))
    for (const token of authorizations) {
      expect(
        storage.local.some((entry) => entry.includes(token)),
        'the access token in localStorage',
      ).toBe(false)
      expect(
        storage.session.some((entry) => entry.includes(token)),
        'the access token in sessionStorage',
      ).toBe(false)
      expect(
        logged.some((line) => line.includes(token)),
        'the access token in the console',
      ).toBe(false)
    }
    // Only the refresh token is kept, and only for this tab.
    expect(storage.session.filter((entry) => entry.startsWith('fleet-console.refresh-token='))).toHaveLength(1)
    expect(storage.local.some((entry) => entry.startsWith('fleet-console.refresh-token='))).toBe(false)
  })

  test('a 50 MB file and a binary file renamed .csv are refused clearly, without freezing the tab', async ({ page, signIn }, testInfo) => {
    await signIn()
    await page.getByRole('button', { name: 'Create clients' }).click()
    const dialog = page.getByRole('dialog', { name: 'Create clients from a CSV file' })
    const input = dialog.getByLabel('Choose a CSV file')
    const longestTask = await watchLongTasks(page)

    // Through a file on disk: Playwright does not carry 50 MB buffers.
    const big = testInfo.outputPath('fleet-50mb.csv')
    const row = 'Sensor,secret,"[""a""]","{""k"": 1}"\n'
    await writeFile(big, 'Name,Secret,Tags,Metadata\n' + row.repeat(Math.ceil((50 * 1024 * 1024) / row.length)))
    await input.setInputFiles(big)
    await expect(dialog.getByRole('alert')).toContainText(/The file is 50\.\d MB; at most 32 MB can be imported at once/)

    const bytes = Buffer.alloc(2 * 1024 * 1024)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]).copy(bytes)
    await input.setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: bytes })
    await expect(dialog.getByRole('alert')).toContainText('This is not a CSV file: it contains binary data.')

    // Still answering, and still usable. Reading 50 MB on the main thread would block it for several seconds;
    // the bound leaves room for a busy test machine's hiccups (over a second has been seen on a shared one).
    expect(await longestTask(), 'the longest main-thread task, ms').toBeLessThan(2_500)
    await input.setInputFiles({ name: 'ok.csv', mimeType: 'text/csv', buffer: Buffer.from('Name\nAfter the refusals') })
    await expect(dialog.getByText('1 valid', { exact: true })).toBeVisible()
  })
})
