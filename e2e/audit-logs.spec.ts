import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { AuditLogView, AuditLogsPage } from './audit-logs.po.ts'
import { OPERATOR, PASSWORD, VIEWER, expect, test } from './fixtures.ts'

const SECRET = 'e2e-secret-7f3a'
const NAME = 'E2E audit probe'

/** The domain id from a domain page's URL. */
const domainOf = (page: Page) => new URL(page.url()).pathname.split('/')[1]

/**
 * Creates a client and changes it through Magistrala's HTTP API, as the operator, from inside the page
 * (so the demo backend's service worker answers). Returns the client's id.
 */
async function operateAsOperator(page: Page, domainId: string): Promise<string> {
  return page.evaluate(
    async ({ domainId, username, password, secret, name }) => {
      const api = '/mock-api'
      const send = async (path: string, method: string, body: unknown, token?: string) => {
        const res = await fetch(`${api}${path}`, {
          method,
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        if (!res.ok) throw new Error(`${method} ${path}: ${res.status}`)
        return res.status === 204 ? null : res.json()
      }
      const { access_token: token } = await send('/users/tokens/issue', 'POST', { username, password })
      const created = await send(
        `/${domainId}/clients`,
        'POST',
        { name: '=HYPERLINK("http://evil.example")', credentials: { secret }, metadata: { site: 'e2e' } },
        token,
      )
      await send(`/${domainId}/clients/${created.id}`, 'PATCH', { name, metadata: { site: 'e2e', floor: 2 } }, token)
      await send(`/${domainId}/clients/${created.id}/tags`, 'PATCH', { tags: ['e2e', 'audit'] }, token)
      await send(`/${domainId}/clients/${created.id}/disable`, 'POST', undefined, token)
      return created.id as string
    },
    { domainId, username: OPERATOR, password: PASSWORD, secret: SECRET, name: NAME },
  )
}

test.describe('audit logs', () => {
  test("a client's operations show in its tab: search, time range, details, export", async ({ page, signIn, clients, context }) => {
    // One long journey (five searches, two ranges, details, export) on a shared machine.
    test.slow()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await signIn()
    const clientId = await operateAsOperator(page, domainOf(page))

    // Open the client the way an operator would; viewing it is journaled too.
    await clients.status.selectOption('all')
    await clients.search.fill(NAME)
    await clients.row(NAME).getByRole('link', { name: NAME }).click()
    await expect(page).toHaveURL(new RegExp(`/clients/${clientId}$`))
    await page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Audit logs' }).click()
    const audit = new AuditLogView(page)
    await expect(audit.range, 'create, update, tags, disable and the view').toHaveText('1–5 of 5 entries')
    await expect(audit.operationCells()).toHaveText([
      'client.view',
      'client.disable',
      'client.update_tags',
      'client.update',
      'client.create',
    ])

    for (const [operation, actor] of [
      ['client.create', 'Omar Haddad'],
      ['client.update', 'Omar Haddad'],
      ['client.update_tags', 'Omar Haddad'],
      ['client.disable', 'Omar Haddad'],
      ['client.view', 'Ada Admin'],
    ] as const) {
      await audit.searchOperation(operation)
      await expect(page).toHaveURL(new RegExp(`op=${operation}`))
      await expect(audit.operationCells(), `searching ${operation}`).toHaveText([operation])
      await expect(audit.row(operation).getByRole('cell').nth(2)).toHaveText(actor)
    }
    // Absolute times in the column, how long ago on hover.
    const time = audit.row('client.view').locator('td.col-time time')
    await expect(time).toHaveAttribute('title', 'just now')
    await expect(time).toHaveText(/\d{1,2}:\d{2}:\d{2}/)

    // Time range: everything happened in the last hour, nothing in 2020.
    await audit.operation.fill('')
    await audit.operation.press('Enter')
    await audit.time.selectOption('Last hour')
    await expect(page).toHaveURL(/range=1h/)
    await expect(audit.range).toHaveText('1–5 of 5 entries')
    await audit.time.selectOption('Custom range')
    await audit.from.fill('2020-01-01T00:00')
    await audit.to.fill('2020-12-31T23:59')
    await expect(page.getByRole('heading', { name: 'No entries match' })).toBeVisible()
    await audit.clearFilters.click()
    await expect(audit.range).toHaveText('1–5 of 5 entries')
    await audit.order.selectOption('Oldest first')
    await expect(audit.operationCells().first()).toHaveText('client.create')
    await expect(audit.row('client.create')).toContainText('=HYPERLINK("http://evil.example")')

    // Details: the structured payload, with the acting user and never the secret.
    await audit.details('client.update').click()
    await expect(audit.dialog.getByRole('heading', { name: 'client.update' })).toBeVisible()
    const payload = audit.dialog.getByRole('region', { name: 'Payload JSON' })
    await expect(payload).toContainText(`"name": "${NAME}"`)
    await expect(payload).toContainText('"floor": 2')
    await expect(payload).not.toContainText(SECRET)
    await audit.dialog.getByRole('button', { name: 'Copy JSON' }).click()
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))
    expect(copied).toMatchObject({
      operation: 'client.update',
      attributes: { id: clientId, changed: ['name', 'metadata'] },
      metadata: { floor: 2 },
    })
    await page.keyboard.press('Escape')
    await expect(audit.dialog).toBeHidden()

    // Export: the filtered view, as a file.
    await audit.searchOperation('client.update_tags')
    await expect(audit.operationCells()).toHaveText(['client.update_tags'])
    const downloading = page.waitForEvent('download')
    await audit.exportButton.click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(new RegExp(`^audit-log-client-${clientId.slice(0, 8)}-\\d{8}-\\d{4}\\.csv$`))
    await expect(audit.dialog.getByRole('status')).toHaveText(/Saved 1 entry to audit-log-client-/)
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '')
    const [header, ...lines] = csv.trim().split('\r\n')
    expect(header).toBe('occurred_at,operation,actor,actor_id,domain,request_id,attributes,metadata')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(',client.update_tags,Omar Haddad,')
    expect(csv).not.toContain(SECRET)
    await audit.dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await expect(audit.dialog).toBeHidden()
  })

  test("the Audit logs page reads the signed-in super-admin's own journal, then any client's", async ({ page, signIn }) => {
    await signIn()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit logs' }).click()
    const audit = new AuditLogsPage(page)
    await expect(audit.heading).toBeVisible()
    await expect(audit.journalOf).toHaveValue('user')
    await expect(audit.picker.getByText('Ada Admin (you)')).toBeVisible()
    await expect(audit.operationCells().first(), 'signing in is journaled').toHaveText('user.issue_token')

    await audit.searchOperation('client.view')
    await expect(page).toHaveURL(/op=client\.view/)
    await expect(audit.operationCells().first()).toHaveText('client.view')
    expect(new Set(await audit.operationCells().allTextContents())).toEqual(new Set(['client.view']))

    await audit.journalOf.selectOption('client')
    await expect(page).toHaveURL(/type=client/)
    await expect(page).not.toHaveURL(/op=/)
    await audit.pick('Client', 'Gateway')
    await expect(page).toHaveURL(/id=[0-9a-f-]{36}/)
    await expect(audit.operationCells().last()).toHaveText('client.create')
  })

  test('opens the viewer on a client picker, without the user journal, and on their last choice next time', async ({ page, signIn }) => {
    await signIn(VIEWER)
    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit logs' })
    await nav.click()
    const audit = new AuditLogsPage(page)
    await expect(page.getByRole('heading', { name: 'Pick a client' })).toBeVisible()
    await expect(audit.journalOf.locator('option')).toHaveText(['A client', 'A channel', 'A group'])
    await audit.pick('Client', 'Sensor')
    await expect(audit.rows().first()).toBeVisible()
    await audit.changesOnly.click()
    await expect(page.getByText(/Changes only: reads and sign-ins .* are hidden/)).toBeVisible()
    await expect(audit.row('client.view')).toHaveCount(0)
    await expect(audit.row('client.create')).toHaveCount(1)

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click()
    await nav.click()
    await expect(audit.picker.getByText(/Sensor/)).toBeVisible()
    await expect(audit.rows().first()).toBeVisible()
  })

  test('takes the operator from an entry to the client it concerns', async ({ page, signIn }) => {
    await signIn(OPERATOR)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit logs' }).click()
    const audit = new AuditLogsPage(page)
    await audit.pick('Client', 'Gateway')
    await audit.changesOnly.click()
    await audit.details('client.create').click()
    const link = audit.dialog.getByRole('link', { name: /^Client: .*Gateway/ })
    await link.click()
    await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/)
  })
})
