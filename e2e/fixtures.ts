import { test as base, expect, type Locator, type Page } from '@playwright/test'

export const PASSWORD = '12345678'
export const ADMIN = 'admin@example.com'
export const OPERATOR = 'omar.haddad@example.com'
export const VIEWER = 'viewer@example.com'

/** Thin page objects: role-based locators and user steps, no assertions. */
export class LoginPage {
  readonly username: Locator
  readonly password: Locator
  readonly submit: Locator
  readonly error: Locator

  constructor(readonly page: Page) {
    this.username = page.getByLabel('Username or email')
    this.password = page.getByLabel('Password')
    this.submit = page.getByRole('button', { name: 'Sign in' })
    this.error = page.getByRole('alert')
  }

  async signIn(username: string, password = PASSWORD) {
    await this.username.fill(username)
    await this.password.fill(password)
    await this.submit.click()
  }
}

export class ClientsPage {
  readonly heading: Locator
  readonly table: Locator
  readonly search: Locator
  readonly status: Locator
  readonly pagination: Locator
  readonly range: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Clients', level: 1 })
    this.table = page.getByRole('table', { name: 'Clients' })
    this.search = page.getByRole('searchbox', { name: 'Search clients by name' })
    this.status = page.getByRole('combobox', { name: 'Status' })
    this.pagination = page.getByRole('navigation', { name: 'Pagination' })
    this.range = this.pagination.getByText(/ of [\d,]+ clients?$/)
  }

  rows(): Locator {
    return this.table.locator('tbody tr')
  }
  row(name: string | RegExp): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name }) })
  }
  /** The row menu's trigger for the client of this name. */
  actionsFor(name: string): Locator {
    return this.row(name)
      .first()
      .getByRole('button', { name: `Actions for ${name}` })
  }
  nameLinks(): Locator {
    return this.table.locator('tbody tr td.col-name a')
  }
  sortBy(column: string) {
    return this.table.getByRole('button', { name: column })
  }
  pageButton(n: number) {
    return this.pagination.getByRole('button', { name: `Page ${n}`, exact: true })
  }
  /** The last page: unlike the next one, never prefetched. */
  lastPageButton() {
    return this.pagination.getByRole('button', { name: /^Page \d+$/ }).last()
  }
}

type MockWindow = {
  __fleetMock: {
    setFaults(patch: Record<string, unknown>): void
    backend: {
      db: {
        clients: { allIn(domainId: string): Iterable<{ id: string; name?: string; credentials?: { secret?: string } }> }
        domains: { all(): { id: string; route?: string }[] }
      }
    }
  }
}

/** Drives the in-page mock backend (fault injection, reading seeded data) from a test. */
export const mock = {
  setFaults: (page: Page, patch: Record<string, unknown>) =>
    page.evaluate((p) => (window as unknown as MockWindow).__fleetMock.setFaults(p), patch),
  /** A seeded client of the main domain, with its secret. */
  someClient: (page: Page) =>
    page.evaluate(() => {
      const { db } = (window as unknown as MockWindow).__fleetMock.backend
      const acme = db.domains.all().find((d) => d.route === 'acme')!
      const [client] = db.clients.allIn(acme.id)
      return { id: client.id, name: client.name ?? '', secret: client.credentials?.secret ?? '' }
    }),
}

type Fixtures = {
  login: LoginPage
  clients: ClientsPage
  /** Signs in and opens a domain's clients list. */
  signIn: (username?: string, domain?: string) => Promise<void>
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await use(page)
    expect(errors, 'uncaught errors in the page').toEqual([])
  },
  login: async ({ page }, use) => use(new LoginPage(page)),
  clients: async ({ page }, use) => use(new ClientsPage(page)),
  signIn: async ({ page, login, clients }, use) => {
    await use(async (username = ADMIN, domain = 'Acme Industrial') => {
      await page.goto('/login')
      await login.signIn(username)
      const chooser = page.getByRole('heading', { name: 'Choose a domain' })
      await expect(chooser.or(clients.heading)).toBeVisible()
      if (await chooser.isVisible()) await page.getByRole('link', { name: new RegExp(domain) }).click()
      await expect(clients.heading).toBeVisible()
      await expect(clients.rows().first().getByRole('link')).toBeVisible()
    })
  },
})

export { expect }
