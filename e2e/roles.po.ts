import type { Locator, Page } from '@playwright/test'

/** A client page's Roles and Members tabs, and the role page: role-based locators, no assertions. */
export class ClientAccessPages {
  readonly tabs: Locator
  readonly rolesTable: Locator
  readonly createRole: Locator
  readonly roleActions: Locator
  readonly roleMembers: Locator
  readonly membersTable: Locator
  readonly assignMember: Locator
  readonly heldOn: Locator

  constructor(readonly page: Page) {
    this.tabs = page.getByRole('navigation', { name: 'Client sections' })
    this.rolesTable = page.getByRole('table', { name: 'Roles' })
    this.createRole = page.getByRole('button', { name: /^Create/ })
    this.roleActions = page.getByRole('table', { name: 'Role actions' })
    this.roleMembers = page.getByRole('table', { name: 'Role members' })
    this.membersTable = page.getByRole('table', { name: 'Members' })
    this.assignMember = page.getByRole('button', { name: /^Assign member/ })
    this.heldOn = page.getByRole('combobox', { name: 'Role held on' })
  }

  /** Opens the newest client of the list the signed-in user is looking at. */
  async openFirstClient() {
    const link = this.page.getByRole('table', { name: 'Clients' }).locator('tbody tr td.col-name a').first()
    const name = (await link.textContent()) ?? ''
    await link.click()
    return name
  }

  async openTab(name: 'Roles' | 'Members') {
    await this.tabs.getByRole('link', { name }).click()
  }

  dialog(name: string) {
    return this.page.getByRole('dialog', { name })
  }

  roleLink(name: string) {
    return this.rolesTable.getByRole('link', { name, exact: true })
  }

  roleRow(name: string) {
    return this.rolesTable.locator('tbody tr').filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }

  memberRow(name: string) {
    return this.membersTable.locator('tbody tr').filter({ hasText: name })
  }

  /** Picks someone in a member picker by typing part of their name, then choosing the option. */
  async pickMember(scope: Locator, text: string, option: RegExp) {
    await scope.getByRole('combobox', { name: 'Members' }).fill(text)
    await scope.getByRole('option', { name: option }).click()
  }

  /** A request the UI would never send, made with the user's own credentials. */
  forceRequest(login: string, password: string, method: string, path: string, body?: unknown) {
    return this.page.evaluate(
      async ({ login, password, method, path, body }) => {
        const issued = await fetch('/mock-api/users/tokens/issue', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: login, password }),
        })
        const { access_token } = (await issued.json()) as { access_token: string }
        const init: RequestInit = { method, headers: { authorization: `Bearer ${access_token}` } }
        if (body !== undefined) {
          init.headers = { ...init.headers, 'content-type': 'application/json' }
          init.body = JSON.stringify(body)
        }
        const res = await fetch(`/mock-api${path}`, init)
        return { status: res.status, body: (await res.json().catch(() => null)) as unknown }
      },
      { login, password, method, path, body },
    )
  }
}
