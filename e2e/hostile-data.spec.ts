import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { cspViolations, domainIdOf, watchCsp } from './security.po.ts'

/** Markup that would run or inject an element if any page rendered it as HTML. */
const SCRIPT = '<script>window.__xss = "script"</script>'
const IMG = '"><img src="x" onerror="window.__xss = \'img\'">'
const RTL = 'مرحبا بالعالم שלום עולם'
const EMOJI = '🚀🔥👩‍💻🇵🇸'
const LONG = 'L'.repeat(10_000)

const CLIENT_NAME = `${IMG}${SCRIPT} ${RTL} ${EMOJI} ${'W'.repeat(900)}`
const ROLE_NAME = `${IMG} ${RTL} ${EMOJI} ${'R'.repeat(120)}`
const TAGS = [SCRIPT, IMG, RTL, EMOJI, 'T'.repeat(2_000)]
const METADATA = { note: IMG, script: SCRIPT, rtl: RTL, emoji: EMOJI, long: LONG }
const CONTENT = `${SCRIPT}\n${IMG}\n${RTL} ${EMOJI}\n${LONG}`

/** Creates a hostile client, a role on it and its bootstrap configuration through the API, as any user could. */
async function seedHostileEntities(page: Page) {
  const domainId = domainIdOf(page)
  return page.evaluate(
    async ({ domainId, client, roleName, content }) => {
      const base = '/mock-api'
      const tokens = await fetch(`${base}/users/tokens/issue`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin@example.com', password: '12345678' }),
      }).then((r) => r.json())
      const headers = { authorization: `Bearer ${tokens.access_token}`, 'content-type': 'application/json' }
      const post = async (path: string, body: unknown) => {
        const res = await fetch(`${base}/${domainId}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
        return res.text().then((text) => (text ? JSON.parse(text) : {}))
      }
      const created = await post('/clients', client)
      const role = await post(`/clients/${created.id}/roles`, { role_name: roleName })
      const channels = await fetch(`${base}/${domainId}/channels?limit=1`, { headers }).then((r) => r.json())
      await post('/clients/configs', {
        client_id: created.id,
        external_id: `hostile-${created.id}`,
        external_key: 'hostile-key',
        name: client.name,
        content,
        channels: [channels.channels[0].id],
      })
      return { clientId: created.id as string, roleId: role.id as string }
    },
    { domainId, client: { name: CLIENT_NAME, tags: TAGS, metadata: METADATA }, roleName: ROLE_NAME, content: CONTENT },
  )
}

/** Nothing ran, no element was injected, and the page does not scroll sideways. */
async function expectIntact(page: Page, where: string) {
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: string }).__xss ?? null,
    injected: document.querySelectorAll('img[src="x"], script:not([src])').length,
    scrollWidth: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
    // The innermost elements sticking out, to name in a failure.
    sticking: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((el) => ![...el.children].some((child) => child.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
  }))
  expect(state.xss, `${where}: hostile text ran as script`).toBeNull()
  expect(state.injected, `${where}: hostile text became elements`).toBe(0)
  expect(state.scrollWidth, `${where}: the page overflows sideways (${state.sticking.join(', ')})`).toBeLessThanOrEqual(state.viewport)
  expect(await cspViolations(page), `${where}: CSP violations`).toEqual([])
}

test.describe('hostile data', () => {
  test('renders as text with the layout intact on the list, client, role, bootstrap and audit pages', async ({ page, signIn }) => {
    test.slow()
    await watchCsp(page)
    await signIn()
    const domainId = domainIdOf(page)
    const { clientId, roleId } = await seedHostileEntities(page)

    // The list: newest first, the name truncated with the whole of it in a tooltip.
    await page.goto(`/${domainId}/clients`)
    const link = page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: CLIENT_NAME })
    await expect(link).toBeVisible()
    await expect(link).toHaveAttribute('title', CLIENT_NAME)
    await expectIntact(page, 'clients list')

    // The client's configuration: heading, tags, metadata.
    await link.click()
    const main = page.getByRole('main')
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SCRIPT)
    await expect(main).toContainText(RTL)
    await expect(main).toContainText(EMOJI)
    await expect(main.getByText(IMG, { exact: false }).first()).toBeVisible()
    await expectIntact(page, 'client configuration')

    // At a phone's width too.
    await page.setViewportSize({ width: 420, height: 860 })
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SCRIPT)
    await expectIntact(page, 'client configuration, 420px')
    await page.setViewportSize({ width: 1360, height: 860 })

    await page.goto(`/${domainId}/clients/${clientId}/roles`)
    const roleLink = page.getByRole('table', { name: 'Roles' }).getByRole('link', { name: ROLE_NAME })
    await expect(roleLink).toHaveAttribute('title', ROLE_NAME)
    await expectIntact(page, 'roles tab')
    await page.goto(`/${domainId}/clients/${clientId}/roles/${roleId}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(RTL)
    await expectIntact(page, 'role page')

    await page.goto(`/${domainId}/bootstraps`)
    await expect(page.getByRole('table', { name: 'Bootstrap configurations' }).getByRole('link', { name: CLIENT_NAME })).toBeVisible()
    await expectIntact(page, 'bootstraps list')
    await page.goto(`/${domainId}/bootstraps/${clientId}`)
    await expect(main).toContainText(SCRIPT)
    await expect(main).toContainText('LLLLLLLL')
    await expectIntact(page, 'bootstrap page')

    await page.goto(`/${domainId}/clients/${clientId}/audit-logs`)
    const create = page.getByRole('table', { name: 'Audit log' }).getByRole('button', { name: /Details of client\.create/ })
    await create.click()
    const details = page.getByRole('dialog')
    await expect(details).toContainText(RTL)
    // Inside the JSON payload, quotes are escaped.
    await expect(details).toContainText('<script>window.__xss = \\"script\\"</script>')
    await expectIntact(page, 'audit log details')
  })
})
