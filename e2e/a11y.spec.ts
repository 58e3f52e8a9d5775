import { AxeBuilder } from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { domainIdOf } from './connections.po.ts'
import { ADMIN, expect, test } from './fixtures.ts'

/**
 * axe-core on every route and every main dialog, in the light and the dark theme. Only serious and critical
 * violations fail; the report lists each rule with the offending elements so a failure reads without a trace.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const THEMES = ['light', 'dark'] as const
type Theme = (typeof THEMES)[number]

/** Collects the violations of every screen a test visits, so one run reports them all. */
class AxeAudit {
  readonly problems: string[] = []
  readonly screens: string[] = []

  constructor(readonly page: Page) {}

  /** Waits for the screen to settle (no skeletons, no busy tables), then checks it, or only `scope` when given. */
  async check(screen: string, scope?: Locator) {
    await expect(this.page.locator('.skeleton, [aria-busy="true"]'), `${screen} finished loading`).toHaveCount(0)
    let builder = new AxeBuilder({ page: this.page }).withTags(TAGS)
    if (scope) builder = builder.include(await scopeSelector(scope))
    const { violations } = await builder.analyze()
    this.screens.push(screen)
    for (const v of violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue
      const nodes = v.nodes.slice(0, 3).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`)
      const more = v.nodes.length > 3 ? `\n    …and ${v.nodes.length - 3} more` : ''
      this.problems.push(`[${screen}] ${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}${more}`)
    }
  }

  expectClean() {
    expect(this.screens.length, 'screens checked').toBeGreaterThan(0)
    const report = `${this.problems.length} serious/critical axe violations on ${this.screens.length} screens:\n${this.problems.join('\n')}`
    expect(this.problems.length, report).toBe(0)
  }
}

/** Scopes axe to a dialog (Radix gives each one an id), so the page behind it is not reported twice. */
async function scopeSelector(scope: Locator) {
  return scope.evaluate((el) => `#${CSS.escape(el.id)}`)
}

/** A seeded client that carries a custom role (not every action), so "Add actions" is available on it. */
function clientWithCustomRole(page: Page) {
  return page.evaluate(() => {
    type Db = {
      domains: { all(): { id: string; route?: string }[] }
      clients: { allIn(domainId: string): Iterable<{ id: string }> }
      roles: { ofEntity(id: string): { name: string }[] }
    }
    const { db } = (window as unknown as { __fleetMock: { backend: { db: Db } } }).__fleetMock.backend
    const acme = db.domains.all().find((d) => d.route === 'acme')!
    for (const client of db.clients.allIn(acme.id)) if (db.roles.ofEntity(client.id).some((r) => r.name === 'technician')) return client.id
    throw new Error('no seeded client with a technician role')
  })
}

async function useTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme })
  await page.addInitScript((t) => localStorage.setItem('fleet-console.theme', t), theme)
}

function h1(page: Page, name?: string | RegExp) {
  return page.getByRole('heading', { level: 1, ...(name ? { name } : {}) })
}

async function openDialog(page: Page, opener: Locator, name: string | RegExp) {
  await opener.click()
  const dialog = page.getByRole('dialog', { name })
  await expect(dialog).toBeVisible()
  return dialog
}

async function closeDialog(page: Page, dialog: Locator) {
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
}

const tabs = (page: Page) => page.getByRole('navigation', { name: 'Client sections' })
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

for (const theme of THEMES) {
  test.describe(`axe, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => useTheme(page, theme))

    test('every route', async ({ page, login, clients }) => {
      test.setTimeout(180_000)
      const axe = new AxeAudit(page)

      await page.goto('/login')
      await expect(login.submit).toBeVisible()
      await axe.check('login')
      await login.signIn(ADMIN)
      await expect(page.getByRole('heading', { name: 'Choose a domain' })).toBeVisible()
      await axe.check('domain picker')
      await page.getByRole('link', { name: /Acme Industrial/ }).click()
      await expect(clients.rows().first().getByRole('link')).toBeVisible()
      await axe.check('clients list')

      await clients.nameLinks().first().click()
      await expect(tabs(page)).toBeVisible()
      const clientUrl = page.url()
      await expect(page.getByRole('main').getByText('Metadata').first()).toBeVisible()
      await axe.check('client configuration')
      for (const tab of ['Certificates', 'Connections', 'Roles', 'Members', 'Audit logs']) {
        await tabs(page).getByRole('link', { name: tab }).click()
        await expect(tabs(page).getByRole('link', { name: tab })).toHaveAttribute('aria-current', 'page')
        await axe.check(`client ${tab.toLowerCase()}`)
      }
      await tabs(page).getByRole('link', { name: 'Roles' }).click()
      await page.getByRole('table', { name: 'Roles' }).locator('tbody tr').first().getByRole('link').first().click()
      await expect(page.getByRole('table', { name: 'Role actions' })).toBeVisible()
      await axe.check('role page')

      await mainNav(page).getByRole('link', { name: 'Channels' }).click()
      const channels = page.getByRole('table', { name: 'Channels' })
      await expect(channels.locator('tbody tr').first().getByRole('link')).toBeVisible()
      await axe.check('channels list')
      await channels.locator('tbody tr td.col-name a').first().click()
      await expect(h1(page)).toBeVisible()
      await axe.check('channel page')

      await page.goto(clientUrl)
      await tabs(page).getByRole('link', { name: 'Connections' }).click()
      await page.getByRole('link', { name: 'Matrix view' }).click()
      await expect(page.getByRole('table', { name: /Connection matrix/ })).toBeVisible()
      await axe.check('connection matrix')

      await mainNav(page).getByRole('link', { name: 'Bootstraps' }).click()
      const bootstraps = page.getByRole('table', { name: 'Bootstrap configurations' })
      await expect(bootstraps.locator('tbody tr').first().getByRole('link').first()).toBeVisible()
      await axe.check('bootstraps list')
      await bootstraps.locator('tbody tr').first().getByRole('link').first().click()
      await expect(page.getByRole('region', { name: 'Configuration' })).toBeVisible()
      await axe.check('bootstrap page')

      await mainNav(page).getByRole('link', { name: 'Audit logs' }).click()
      await expect(page.getByRole('table', { name: 'Audit log' })).toBeVisible()
      await axe.check('domain audit logs')

      await page.goto(`/${domainIdOf(page)}/no-such-page`)
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
      await axe.check('not found (in a domain)')

      axe.expectClean()
    })

    test('client dialogs', async ({ page, signIn, clients }) => {
      test.setTimeout(180_000)
      const axe = new AxeAudit(page)
      await signIn()

      let dialog = await openDialog(page, page.getByRole('button', { name: 'Create', exact: true }), 'Create client')
      await axe.check('create client', dialog)
      await closeDialog(page, dialog)

      dialog = await openDialog(page, page.getByRole('button', { name: 'Create clients' }), 'Create clients from a CSV file')
      await axe.check('CSV import', dialog)
      await dialog.getByLabel('Choose a CSV file').setInputFiles({
        name: 'fleet.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('name,secret,tags,metadata\nA11y One,,a;b,"{""k"": 1}"\n,orphan,,\nA11y Bad,,,{oops}\nA11y One,,,\n'),
      })
      await expect(dialog.getByRole('table', { name: 'Rows in the file' })).toBeVisible()
      await axe.check('CSV import preview', dialog)
      await dialog.getByRole('button', { name: 'Change columns' }).click()
      await expect(dialog.getByRole('table', { name: 'Columns of the file' })).toBeVisible()
      await axe.check('CSV column mapping', dialog)
      await closeDialog(page, dialog)

      // The export asks about secrets first; checked, it warns.
      dialog = await openDialog(page, page.getByRole('button', { name: 'Export CSV' }), 'Export clients')
      await dialog.getByRole('checkbox', { name: 'Include client secrets' }).check()
      await axe.check('export clients', dialog)
      await closeDialog(page, dialog)

      await clients
        .rows()
        .first()
        .getByRole('button', { name: /^Actions for/ })
        .click()
      await expect(page.getByRole('menu')).toBeVisible()
      await axe.check('row menu')
      await page.getByRole('menuitem', { name: 'Delete' }).click()
      dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'))
      await expect(dialog).toBeVisible()
      await axe.check('confirm delete client', dialog)
      await closeDialog(page, dialog)

      await clients.rows().first().getByRole('checkbox').check()
      await axe.check('bulk selection bar')
      await clients.rows().first().getByRole('checkbox').uncheck()

      await clients.nameLinks().first().click()
      await tabs(page).getByRole('link', { name: 'Connections' }).click()
      dialog = await openDialog(page, page.getByRole('button', { name: /^Connect(?! to)/ }).first(), 'Connect to channels')
      await dialog.getByRole('combobox', { name: 'Channels' }).click()
      await expect(dialog.getByRole('option').first()).toBeVisible()
      await axe.check('connect to channels', dialog)
      await page.keyboard.press('Escape')
      await closeDialog(page, dialog)

      const disconnect = page
        .getByRole('table', { name: 'Connected channels' })
        .getByRole('button', { name: /^Disconnect/ })
        .first()
      // The newest seeded client is a connected device: this dialog must be checked, not skipped.
      await expect(disconnect).toBeVisible()
      dialog = await openDialog(page, disconnect, 'Disconnect')
      await axe.check('disconnect', dialog)
      await closeDialog(page, dialog)

      await tabs(page).getByRole('link', { name: 'Certificates' }).click()
      dialog = await openDialog(page, page.getByRole('button', { name: /^Issue certificate/ }).first(), 'Issue certificate')
      await axe.check('issue certificate', dialog)
      await closeDialog(page, dialog)

      await tabs(page).getByRole('link', { name: 'Audit logs' }).click()
      const details = page
        .getByRole('table', { name: 'Audit log' })
        .getByRole('button', { name: /^Details of/ })
        .first()
      dialog = await openDialog(page, details, /./)
      await axe.check('audit entry details', dialog)
      await closeDialog(page, dialog)

      axe.expectClean()
    })

    test('role, member and bootstrap dialogs', async ({ page, signIn }) => {
      test.setTimeout(180_000)
      const axe = new AxeAudit(page)
      await signIn()
      await page.goto(`/${domainIdOf(page)}/clients/${await clientWithCustomRole(page)}/roles`)
      let dialog = await openDialog(page, page.getByRole('button', { name: /^Create(?!d)/ }), 'Create role')
      await axe.check('create role', dialog)
      await closeDialog(page, dialog)

      await page.getByRole('table', { name: 'Roles' }).getByRole('link', { name: 'technician', exact: true }).click()
      dialog = await openDialog(page, page.getByRole('button', { name: 'Add actions' }), 'Add actions')
      await axe.check('add actions', dialog)
      await closeDialog(page, dialog)
      dialog = await openDialog(page, page.getByRole('button', { name: 'Add members' }), 'Add members')
      await dialog.getByRole('combobox', { name: 'Members' }).fill('a')
      await expect(dialog.getByRole('option').first()).toBeVisible()
      await axe.check('add members', dialog)
      await page.keyboard.press('Escape')
      await closeDialog(page, dialog)

      await tabs(page).getByRole('link', { name: 'Members' }).click()
      dialog = await openDialog(page, page.getByRole('button', { name: /^Assign member/ }), 'Assign member')
      await axe.check('assign member', dialog)
      await closeDialog(page, dialog)

      await mainNav(page).getByRole('link', { name: 'Channels' }).click()
      await expect(h1(page, 'Channels')).toBeVisible()
      dialog = await openDialog(page, page.getByRole('button', { name: /^Create channel/ }), 'Create channel')
      await axe.check('create channel', dialog)
      await closeDialog(page, dialog)

      await mainNav(page).getByRole('link', { name: 'Bootstraps' }).click()
      await expect(h1(page, 'Bootstraps')).toBeVisible()
      dialog = await openDialog(page, page.getByRole('button', { name: /^Create(?!d)/ }), 'Create bootstrap configuration')
      await dialog.getByRole('button', { name: /Encryption settings/ }).click()
      await axe.check('create bootstrap', dialog)
      await closeDialog(page, dialog)

      const bootstraps = page.getByRole('table', { name: 'Bootstrap configurations' })
      await bootstraps.locator('tbody tr').first().getByRole('link').first().click()
      await expect(page.getByRole('region', { name: 'Configuration' })).toBeVisible()
      dialog = await openDialog(page, page.getByRole('button', { name: /^Delete/ }), 'Delete configuration?')
      await axe.check('confirm delete bootstrap', dialog)
      await closeDialog(page, dialog)

      await page.getByRole('button', { name: /^Account:/ }).click()
      await expect(page.getByRole('menu')).toBeVisible()
      await axe.check('account menu')
      await page.keyboard.press('Escape')

      axe.expectClean()
    })
  })
}
