import type { Page } from '@playwright/test'
import { expect, test, ADMIN } from './fixtures.ts'

type Db = {
  domains: { all(): { id: string; route?: string }[] }
  channels: { allIn(domainId: string): Iterable<{ id: string; name?: string; status: string }> }
  clients: { get(id: string): { id: string; status: string; metadata?: Record<string, unknown> } | undefined }
  connections: { clientsOf(channelId: string): Map<string, string[]> }
  messages: { hasSaveRule(channelId: string): boolean }
}

/**
 * From the in-page mock: a publisher on a channel with a save rule, and a client that may only subscribe somewhere,
 * each with the channel picker's label for that channel.
 */
function pickClients(page: Page) {
  return page.evaluate(() => {
    const { db } = (window as unknown as { __fleetMock: { backend: { db: Db } } }).__fleetMock.backend
    const domain = db.domains.all().find((d) => d.route === 'acme')!
    const usable = (id: string) => {
      const client = db.clients.get(id)
      return client?.status === 'enabled' && client.metadata?.auth_method !== 'certificate'
    }
    const channels = [...db.channels.allIn(domain.id)].filter((c) => c.status === 'enabled')
    let publisher: { client: string; channel: string } | undefined
    let subscriber: { client: string; channel: string } | undefined
    let both: { client: string; channel: string } | undefined
    for (const channel of channels) {
      for (const [client, types] of db.connections.clientsOf(channel.id)) {
        if (!usable(client)) continue
        if (!publisher && db.messages.hasSaveRule(channel.id) && types.includes('Publish'))
          publisher = { client, channel: `${channel.name!} (${types.join(', ')})` }
        if (!subscriber && types.length === 1 && types[0] === 'Subscribe') subscriber = { client, channel: `${channel.name!} (Subscribe)` }
        if (!both && types.length === 2) both = { client, channel: `${channel.name!} (${types.join(', ')})` }
      }
    }
    return { domain: domain.id, publisher: publisher!, subscriber: subscriber!, both: both! }
  })
}

test('copies a command with the real secret, sends a test message and finds it in the client’s messages; a subscriber gets a 403', async ({
  page,
  signIn,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await signIn(ADMIN)
  const { domain, publisher, subscriber } = await pickClients(page)
  const main = page.getByRole('main')
  const channel = main.getByRole('combobox', { name: 'Channel' })
  const send = main.getByRole('button', { name: 'Send test message' })
  const answer = main.getByRole('status', { name: 'Answer of the HTTP adapter' })

  await page.goto(`/${domain}/clients/${publisher.client}/connect`)
  await channel.selectOption({ label: publisher.channel })
  const commands = main.getByRole('list', { name: 'Connection commands' })
  await expect(commands).toContainText('mosquitto_pub')
  const secret = await page.evaluate(
    (id) =>
      (
        window as unknown as { __fleetMock: { backend: { db: { clients: { get(id: string): { credentials?: { secret?: string } } } } } } }
      ).__fleetMock.backend.db.clients.get(id)!.credentials!.secret!,
    publisher.client,
  )
  await expect(commands).not.toContainText(secret)
  await commands.getByRole('button', { name: 'Copy: Publish over MQTT', exact: true }).click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain('mosquitto_pub')
  expect(copied).toContain(`-P ${secret} `)
  const editor = main.getByRole('textbox', { name: 'SenML payload' })
  await editor.fill('[{"n":"temperature","v":1,"vb":true}]')
  await send.click()
  await expect(main.getByRole('alert')).toHaveText('Not sent: Record 1 has more than one value (v, vb); keep one.')
  await editor.fill('[{"n":"temperature","u":"Cel","v":23.75}]')
  await send.click()
  await expect(answer).toContainText('Accepted (200)')

  await page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Messages', exact: true }).click()
  await channel.selectOption({ label: publisher.channel })
  const table = main.getByRole('table', { name: 'Stored messages' })
  await expect(table.getByRole('row').nth(1)).toContainText('23.75')
  await expect(main.getByRole('img', { name: /^Chart of .*temperature.* \(Cel\)/ })).toBeVisible()

  await page.goto(`/${domain}/clients/${subscriber.client}/connect`)
  await channel.selectOption({ label: subscriber.channel })
  await send.click()
  await expect(answer).toContainText('Refused: not connected as Publish (403)')
})

test('watches a channel live over MQTT on WebSocket: a message sent from the panel arrives, held while paused', async ({
  page,
  signIn,
}) => {
  await signIn(ADMIN)
  const { domain, both } = await pickClients(page)
  const main = page.getByRole('main')
  await page.goto(`/${domain}/clients/${both.client}/connect`)
  await main.getByRole('combobox', { name: 'Channel' }).selectOption({ label: both.channel })
  const tail = main.getByRole('region', { name: 'Live messages' })
  await tail.getByRole('button', { name: 'Start watching' }).click()
  await expect(tail.getByText('Live', { exact: true })).toBeVisible()

  const editor = main.getByRole('textbox', { name: 'SenML payload' })
  const send = main.getByRole('button', { name: 'Send test message' })
  await editor.fill('[{"n":"temperature","u":"Cel","v":19.25}]')
  await send.click()
  const log = tail.getByRole('log', { name: 'Messages received' })
  await expect(log).toContainText('temperature = 19.25 Cel')

  await tail.getByRole('button', { name: 'Pause' }).click()
  await editor.fill('[{"n":"humidity","u":"%RH","v":51}]')
  await send.click()
  await expect(tail.getByRole('button', { name: 'Resume (1 new)' })).toBeVisible()
  await expect(log).not.toContainText('humidity')
  await tail.getByRole('button', { name: /^Resume/ }).click()
  await expect(log.getByRole('listitem').first()).toContainText('humidity = 51 %RH')
})
