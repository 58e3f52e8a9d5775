import type { Locator, Page } from '@playwright/test'

/** Thin page objects for connections: role-based locators and user steps, no assertions. */
export class ClientConnectionsTab {
  readonly table: Locator
  /** A blocked button's name starts with its label and goes on with the reason. */
  readonly connectButton: Locator
  readonly matrixLink: Locator

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Connected channels' })
    this.connectButton = page.getByRole('button', { name: /^Connect(?! to)/ }).first()
    this.matrixLink = page.getByRole('link', { name: 'Matrix view' })
  }

  /** Opens the first enabled client of the domain and its Connections tab; returns the client's name. */
  async openFirstEnabledClient(domainId: string) {
    await this.page.goto(`/${domainId}/clients?status=enabled`)
    const first = this.page.getByRole('table', { name: 'Clients' }).locator('tbody tr td.col-name a').first()
    const name = (await first.textContent()) ?? ''
    await first.click()
    await this.page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Connections' }).click()
    return name
  }

  rows() {
    return this.table.locator('tbody tr')
  }
  row(channel: string) {
    return this.rows().filter({ has: this.page.getByRole('link', { name: channel, exact: true }) })
  }
  channelNames() {
    return this.table.locator('tbody tr td.col-name a').allTextContents()
  }
  disconnectButton(channel: string) {
    return this.row(channel).getByRole('button', { name: new RegExp(`^Disconnect ${channel}`) })
  }
}

export class ConnectDialog {
  readonly dialog: Locator
  readonly picker: Locator
  readonly submit: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Connect to channels' })
    this.picker = this.dialog.getByRole('combobox', { name: 'Channels' })
    this.submit = this.dialog.getByRole('button', { name: 'Connect', exact: true })
  }

  option(name: string) {
    return this.dialog.getByRole('option', { name: new RegExp(`^${name}`) })
  }
  type(name: 'Publish' | 'Subscribe') {
    return this.dialog.getByRole('checkbox', { name })
  }
}

export class DisconnectDialog {
  readonly dialog: Locator
  readonly submit: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Disconnect' })
    this.submit = this.dialog.getByRole('button', { name: 'Disconnect', exact: true })
  }

  type(name: 'Publish' | 'Subscribe') {
    return this.dialog.getByRole('checkbox', { name })
  }
}

export class MatrixPage {
  readonly heading: Locator
  readonly table: Locator
  readonly channelFilter: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Connection matrix', level: 1 })
    this.table = page.getByRole('table', { name: /Connection matrix/ })
    this.channelFilter = page.getByRole('searchbox', { name: 'Search channels by name' })
  }

  toggle(type: 'Publish' | 'Subscribe', client: string, channel: string) {
    return this.table.getByRole('button', { name: `${type}: ${client} on ${channel}`, exact: true })
  }
}

export class ChannelsPage {
  readonly heading: Locator
  readonly table: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Channels', level: 1 })
    this.table = page.getByRole('table', { name: 'Channels' })
  }

  row(name: string) {
    return this.table.locator('tbody tr').filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }
}

/** The domain id from a domain page's URL (`/<domainId>/…`). */
export function domainIdOf(page: Page) {
  return new URL(page.url()).pathname.split('/')[1]
}
