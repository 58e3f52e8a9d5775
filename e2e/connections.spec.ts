import { VIEWER, expect, test } from './fixtures.ts'
import { ChannelsPage, ClientConnectionsTab, ConnectDialog, DisconnectDialog, MatrixPage, domainIdOf } from './connections.po.ts'

/** General channels of the seed (enabled); devices seldom use them, so one is always free. */
const CANDIDATES = ['Diagnostics', 'Energy Readings', 'Maintenance Events']

test.describe('connections', () => {
  test('connect with both types, remove Subscribe only, then the rest', async ({ page, signIn }) => {
    // A long journey (three dialogs and a reload): give it the slow-test budget.
    test.slow()
    await signIn()
    const tab = new ClientConnectionsTab(page)
    await tab.openFirstEnabledClient(domainIdOf(page))
    await expect(tab.rows().first()).toBeVisible()
    const existing = await tab.channelNames()
    const channel = CANDIDATES.find((name) => !existing.includes(name))!

    await tab.connectButton.click()
    const connect = new ConnectDialog(page)
    await connect.picker.fill(channel)
    await connect.option(channel).click()
    await expect(connect.type('Publish')).toBeChecked()
    await expect(connect.type('Subscribe')).toBeChecked()
    await connect.submit.click()
    await expect(connect.dialog).toBeHidden()
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(/Connected .* to 1 channel/)
    await expect(tab.row(channel)).toContainText('Publish')
    await expect(tab.row(channel)).toContainText('Subscribe')

    // Connecting again: the channel is offered, but disabled, as already connected.
    await tab.connectButton.click()
    await connect.picker.fill(channel)
    await expect(connect.option(channel)).toHaveAttribute('aria-disabled', 'true')
    await expect(connect.option(channel)).toContainText('Already connected (Publish and Subscribe)')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await expect(connect.dialog).toBeHidden()

    await tab.disconnectButton(channel).click()
    const disconnect = new DisconnectDialog(page)
    await disconnect.type('Subscribe').check()
    await disconnect.submit.click()
    await expect(disconnect.dialog).toBeHidden()
    await expect(tab.row(channel)).not.toContainText('Subscribe')
    await expect(tab.row(channel)).toContainText('Publish')

    await page.reload()
    await expect(tab.row(channel)).toContainText('Publish')
    await expect(tab.row(channel)).not.toContainText('Subscribe')

    await tab.disconnectButton(channel).click()
    await expect(disconnect.type('Publish')).toBeChecked()
    await expect(disconnect.dialog).toContainText('The connection will be removed.')
    await disconnect.submit.click()
    await expect(tab.row(channel)).toHaveCount(0)
    await expect(tab.rows().first()).toBeVisible()
  })

  test('matrix toggles save at once and survive a reload', async ({ page, signIn }) => {
    test.slow()
    await signIn()
    const tab = new ClientConnectionsTab(page)
    const client = await tab.openFirstEnabledClient(domainIdOf(page))
    await expect(tab.rows().first()).toBeVisible()
    const existing = await tab.channelNames()
    const channel = CANDIDATES.find((name) => !existing.includes(name))!

    await tab.matrixLink.click()
    const matrix = new MatrixPage(page)
    await expect(matrix.heading).toBeVisible()
    await expect(page).toHaveURL(/connections\/matrix\?clients=/)
    await matrix.channelFilter.fill(channel)
    const publish = matrix.toggle('Publish', client, channel)
    const subscribe = matrix.toggle('Subscribe', client, channel)
    await expect(publish).toHaveAttribute('aria-pressed', 'false')

    await subscribe.click()
    await expect(subscribe).toHaveAttribute('aria-pressed', 'true')
    await expect(subscribe).not.toHaveAttribute('aria-disabled', 'true')
    await publish.click()
    await expect(publish).toHaveAttribute('aria-pressed', 'true')
    await expect(publish).not.toHaveAttribute('aria-disabled', 'true')
    await subscribe.click()
    await expect(subscribe).toHaveAttribute('aria-pressed', 'false')
    await expect(subscribe).not.toHaveAttribute('aria-disabled', 'true')

    await page.reload()
    await expect(publish).toHaveAttribute('aria-pressed', 'true')
    await expect(subscribe).toHaveAttribute('aria-pressed', 'false')

    // The client's Connections tab agrees.
    await page
      .getByRole('rowheader', { name: new RegExp(client) })
      .getByRole('link')
      .click()
    await expect(tab.row(channel)).toContainText('Publish')
    await expect(tab.row(channel)).not.toContainText('Subscribe')
  })

  test('the read-only member sees the connections with every control disabled', async ({ page, signIn }) => {
    test.slow()
    await signIn(VIEWER)
    const tab = new ClientConnectionsTab(page)
    const client = await tab.openFirstEnabledClient(domainIdOf(page))
    await expect(tab.rows().first()).toBeVisible()
    await expect(tab.connectButton).toBeDisabled()
    await expect(tab.connectButton).toHaveAccessibleDescription(/do not have permission .*connect_to_channel/)
    // Forced past Playwright's own check: the button still does nothing.
    await tab.connectButton.click({ force: true })
    await expect(page.getByRole('dialog')).toHaveCount(0)
    const [first] = await tab.channelNames()
    await expect(tab.disconnectButton(first)).toBeDisabled()
    await tab.disconnectButton(first).click({ force: true })
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await tab.matrixLink.click()
    const matrix = new MatrixPage(page)
    await matrix.channelFilter.fill(first)
    const toggle = matrix.toggle('Publish', client, first)
    await expect(toggle).toBeDisabled()
    const pressed = await toggle.getAttribute('aria-pressed')
    await toggle.click({ force: true })
    await expect(toggle).toHaveAttribute('aria-pressed', pressed!)
  })

  test('the Channels page lists channels with their client counts and opens a channel', async ({ page, signIn }) => {
    await signIn()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Channels' }).click()
    const channels = new ChannelsPage(page)
    await expect(channels.heading).toBeVisible()
    const alerts = channels.row('Alerts')
    await expect(alerts.getByRole('cell').nth(4)).toHaveText(/^\d+$/)
    const count = Number(await alerts.getByRole('cell').nth(4).textContent())
    expect(count).toBeGreaterThan(0)
    await alerts.getByRole('link', { name: 'Alerts' }).click()
    await expect(page.getByRole('heading', { name: 'Alerts', level: 1 })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Pagination' }).getByText(/ of [\d,]+ clients?$/)).toHaveText(
      new RegExp(` of ${count} clients?$`),
    )
  })
})
