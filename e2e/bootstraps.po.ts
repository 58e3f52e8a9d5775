import type { Locator, Page } from '@playwright/test'

/** Thin page objects for the bootstrap pages: role-based locators and user steps, no assertions. */
export class BootstrapsList {
  readonly heading: Locator
  readonly table: Locator
  readonly create: Locator
  readonly state: Locator
  readonly range: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Bootstraps', level: 1 })
    this.table = page.getByRole('table', { name: 'Bootstrap configurations' })
    this.create = page.getByRole('button', { name: /^Create/ })
    this.state = page.getByRole('combobox', { name: 'State' })
    this.range = page.getByRole('navigation', { name: 'Pagination' }).getByText(/ of [\d,]+ configurations?$/)
  }

  async open() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bootstraps' }).click()
    await this.table.locator('tbody tr').first().getByRole('link').first().waitFor()
  }

  rows(): Locator {
    return this.table.locator('tbody tr')
  }
}

export class CreateBootstrapDialog {
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Create bootstrap configuration' })
  }

  field(name: string | RegExp) {
    return this.dialog.getByRole('textbox', { name })
  }

  /** Types into a picker and chooses the option with that name. */
  async pick(picker: 'Channels' | 'Client', text: string, option: string | RegExp = text) {
    const input = this.dialog.getByRole('combobox', { name: picker })
    await input.fill(text)
    await this.dialog.getByRole('listbox', { name: picker }).getByRole('option', { name: option }).first().click()
    // A multiple picker stays open after a choice; Escape closes it (a single one has closed itself).
    if ((await input.getAttribute('aria-expanded')) === 'true') await input.press('Escape')
  }

  async generateKey() {
    await this.dialog.getByRole('button', { name: 'Generate' }).click()
  }

  async openEncryption() {
    await this.dialog.getByRole('button', { name: /Encryption settings/ }).click()
  }

  async submit() {
    await this.dialog.getByRole('button', { name: 'Create', exact: true }).click()
  }
}

export class BootstrapView {
  readonly details: Locator
  readonly encryption: Locator
  readonly testResult: Locator
  readonly enable: Locator
  readonly disable: Locator
  readonly delete: Locator

  constructor(readonly page: Page) {
    this.details = page.getByRole('region', { name: 'Configuration' })
    this.encryption = page.getByRole('region', { name: 'Encryption settings' })
    this.testResult = page.getByRole('status', { name: 'Bootstrap test result' })
    this.enable = page.getByRole('button', { name: /^Enable/ })
    this.disable = page.getByRole('button', { name: /^Disable/ })
    this.delete = page.getByRole('button', { name: /^Delete/ })
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name })
  }

  channels() {
    return this.details.getByRole('list', { name: 'Channels' }).getByRole('listitem')
  }

  async testBootstrap() {
    await this.page.getByRole('button', { name: 'Test bootstrap' }).click()
  }
}
