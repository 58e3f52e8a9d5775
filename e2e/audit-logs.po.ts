import type { Locator, Page } from '@playwright/test'

/** A journal view (the client tab or the Audit logs page): role-based locators and steps, no assertions. */
export class AuditLogView {
  readonly table: Locator
  readonly operation: Locator
  readonly time: Locator
  readonly order: Locator
  readonly from: Locator
  readonly to: Locator
  readonly exportButton: Locator
  readonly clearFilters: Locator
  readonly range: Locator
  readonly dialog: Locator
  readonly changesOnly: Locator

  constructor(readonly page: Page) {
    const filters = page.getByRole('search', { name: 'Filter the audit log' })
    this.table = page.getByRole('table', { name: 'Audit log' })
    this.operation = filters.getByRole('combobox', { name: 'Operation' })
    this.time = filters.getByRole('combobox', { name: 'Time' })
    this.order = filters.getByRole('combobox', { name: 'Order' })
    this.from = filters.getByLabel('From', { exact: true })
    this.to = filters.getByLabel('To', { exact: true })
    this.exportButton = filters.getByRole('button', { name: /^Export CSV/ })
    this.clearFilters = filters.getByRole('button', { name: 'Clear filters' })
    this.range = page.getByRole('navigation', { name: 'Pagination' }).getByText(/ of [\d,]+ entr/)
    this.dialog = page.getByRole('dialog')
    this.changesOnly = filters.getByRole('switch', { name: 'Changes only (hide reads)' })
  }

  rows(): Locator {
    return this.table.locator('tbody tr')
  }
  operationCells(): Locator {
    return this.table.locator('tbody tr td.col-operation')
  }
  row(operation: string): Locator {
    return this.rows().filter({
      has: this.page.locator('td.col-operation', { hasText: new RegExp(`^${operation.replaceAll('.', '\\.')}$`) }),
    })
  }
  details(operation: string): Locator {
    return this.row(operation).getByRole('button', { name: `Details of ${operation}`, exact: false })
  }

  async searchOperation(operation: string) {
    await this.operation.fill(operation)
    await this.operation.press('Enter')
  }
}

/** The domain's Audit logs page: whose journal, then the journal itself. */
export class AuditLogsPage extends AuditLogView {
  readonly heading: Locator
  readonly journalOf: Locator
  readonly picker: Locator

  constructor(page: Page) {
    super(page)
    this.heading = page.getByRole('heading', { name: 'Audit logs', level: 1 })
    this.picker = page.getByRole('region', { name: 'Journal to show' })
    this.journalOf = this.picker.getByRole('combobox', { name: 'Journal of' })
  }

  async pick(kind: 'Client' | 'Channel' | 'User', search: string) {
    const input = this.picker.getByRole('combobox', { name: kind })
    await input.fill(search)
    await this.picker
      .getByRole('listbox', { name: kind })
      .getByRole('option', { name: new RegExp(search) })
      .first()
      .click()
  }
}
