import type { Page } from '@playwright/test'
import { expect, test, VIEWER } from './fixtures.ts'

/**
 * A write is a control marked `data-write`, or a button or menu item whose name starts with a verb that changes
 * something: the mark catches controls with quiet names (a switch, a matrix cell), the verbs a new button nobody
 * marked yet. `data-write="false"` clears a button that only changes what is shown (a matrix row's Remove).
 */
const WRITE_VERB =
  /^(create|new|add|assign|delete|remove|edit|rename|connect|disconnect|enable|disable|revoke|renew|issue|regenerate|send|import|upload|set|change)\b/i

/**
 * Writes Magistrala v0.30.0 grants every domain member: the certs service asks only domain membership to issue
 * and renew (certs/middleware/authorization.go), so the read-only member may.
 */
const MEMBER_WRITES = ['Issue certificate']

/** Every visible write control on the page a user could press: not disabled, not aria-disabled. */
function enabledWrites(page: Page) {
  return page.evaluate(
    ([verb, allowed]) => {
      const writeVerb = new RegExp(verb, 'i')
      const nameOf = (el: Element) => {
        const labelledBy = el.getAttribute('aria-labelledby')
        const labelled = labelledBy && document.getElementById(labelledBy)?.textContent
        return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim()
      }
      const isWrite = (el: Element) => {
        const mark = el.getAttribute('data-write')
        if (mark !== null) return mark !== 'false'
        return el.matches('button, [role=menuitem]') && writeVerb.test(nameOf(el))
      }
      return [...document.querySelectorAll('button, [role=menuitem], [data-write]')]
        .filter((el) => (el as HTMLElement).checkVisibility?.() ?? true)
        .filter((el) => !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true')
        .filter(isWrite)
        .map((el) => nameOf(el) || el.outerHTML.slice(0, 120))
        .filter((name) => !allowed.includes(name))
    },
    [WRITE_VERB.source, MEMBER_WRITES] as const,
  )
}

/** Waits for the page's loaders to go, then fails on any write control the read-only member could press. */
async function expectNoEnabledWrites(page: Page, where: string) {
  await expect(page.locator('.page-loader, .spinner')).toHaveCount(0)
  expect.soft(await enabledWrites(page), where).toEqual([])
}

test('the read-only member finds every write control disabled, on every page', async ({ page, signIn, clients }) => {
  await signIn(VIEWER)
  const main = page.getByRole('navigation', { name: 'Main' })
  await expectNoEnabledWrites(page, 'clients list')

  // A selected row shows the bulk bar; a row menu holds the row's writes.
  await clients.rows().first().getByRole('checkbox').check()
  await expect(page.getByRole('region', { name: 'Selected clients' })).toBeVisible()
  await expectNoEnabledWrites(page, 'clients list, a row selected')
  await clients.rows().first().getByRole('checkbox').uncheck()
  const firstName = (await clients.nameLinks().first().textContent()) ?? ''
  await clients.actionsFor(firstName).click()
  await expect(page.getByRole('menu')).toBeVisible()
  await expectNoEnabledWrites(page, 'a client row menu')
  await page.keyboard.press('Escape')

  // The client's page, tab by tab.
  await clients.nameLinks().first().click()
  const tabs = page.getByRole('navigation', { name: 'Client sections' })
  await expect(page.getByRole('heading', { name: 'Configuration' })).toBeVisible()
  for (const tab of ['Configuration', 'Certificates', 'Connections', 'Connect', 'Messages', 'Roles', 'Members', 'Audit logs']) {
    await tabs.getByRole('link', { name: tab, exact: true }).click()
    await expect(tabs.getByRole('link', { name: tab, exact: true })).toHaveClass(/is-active/)
    await expectNoEnabledWrites(page, `client tab ${tab}`)
  }

  // The connections matrix, opened on this client.
  await tabs.getByRole('link', { name: 'Connections', exact: true }).click()
  await page.getByRole('link', { name: 'Matrix view' }).click()
  await expect(page.getByRole('table', { name: /Connection matrix/ })).toBeVisible()
  await expectNoEnabledWrites(page, 'connections matrix')
  await page.goBack()

  // A role page, reached from the Roles tab.
  await tabs.getByRole('link', { name: 'Roles', exact: true }).click()
  await page.getByRole('table', { name: 'Roles' }).locator('tbody tr a').first().click()
  await expect(page.getByRole('table', { name: 'Role actions' })).toBeVisible()
  await expectNoEnabledWrites(page, 'role page')

  // Channels and one channel.
  await main.getByRole('link', { name: 'Channels' }).click()
  const channels = page.getByRole('table', { name: 'Channels' })
  await expect(channels.locator('tbody tr a').first()).toBeVisible()
  await expectNoEnabledWrites(page, 'channels list')
  await channels.locator('tbody tr td.col-name a').first().click()
  await expect(page.getByRole('table', { name: /clients/i })).toBeVisible()
  await expectNoEnabledWrites(page, 'channel page')
  const domainId = new URL(page.url()).pathname.split('/')[1]

  // Bootstraps: v0.20.0 lists them for domain admins only; one configuration by its address.
  await main.getByRole('link', { name: 'Bootstraps' }).click()
  await expect(page.getByRole('heading', { name: 'Bootstraps', level: 1 })).toBeVisible()
  await expectNoEnabledWrites(page, 'bootstraps list')
  const configId = await page.evaluate(
    () =>
      (
        window as unknown as { __fleetMock: { backend: { db: { bootstraps: { all(): { id: string }[] } } } } }
      ).__fleetMock.backend.db.bootstraps.all()[0].id,
  )
  await page.goto(`/${domainId}/bootstraps/${configId}`)
  await expect(
    page
      .getByRole('heading', { name: 'Content' })
      .or(page.getByText('Content', { exact: true }))
      .first(),
  ).toBeVisible()
  await expectNoEnabledWrites(page, 'bootstrap configuration')

  await main.getByRole('link', { name: 'Audit logs' }).click()
  await expect(page.getByRole('heading', { name: 'Audit logs', level: 1 })).toBeVisible()
  await expectNoEnabledWrites(page, 'audit logs')
})
