import type { Page, TestInfo } from '@playwright/test'
import { expect, test as base } from '../fixtures.ts'

/** The console's API prefix in `npm run live` (scripts/proxy.ts): the gateway, and bootstrap, journal and certs below it. */
export const API = '/api'

type ApiAnswer = { url: string; status: number; fromServiceWorker: boolean; server: Promise<{ ipAddress: string; port: number } | null> }

/** What an operator sees when something fails: alerts and toasts, for a failing test's report. */
async function whatThePageSays(page: Page): Promise<string[]> {
  const texts = await page
    .locator('[role="alert"], [role="status"]')
    .allInnerTexts()
    .catch(() => [])
  return texts.map((t) => t.trim()).filter(Boolean)
}

async function report(page: Page, testInfo: TestInfo) {
  if (testInfo.status === testInfo.expectedStatus || page.isClosed()) return
  const said = await whatThePageSays(page)
  if (said.length === 0) return
  const text = said.map((t) => `  • ${t.replace(/\s+/g, ' ')}`).join('\n')
  console.log(`What the page said when "${testInfo.title}" failed:\n${text}`)
  await testInfo.attach('what the page said', { body: text, contentType: 'text/plain' })
}

/**
 * Live-mode tests: every test checks that the console ran without a service worker and that its API requests went
 * over the network to the proxy; a failing one prints what the page said (an unreachable service names itself there).
 */
export const test = base.extend<{ overTheNetwork: void }>({
  overTheNetwork: [
    async ({ page }, use, testInfo) => {
      const answers: ApiAnswer[] = []
      page.on('response', (response) => {
        if (!new URL(response.url()).pathname.startsWith(`${API}/`)) return
        answers.push({
          url: response.url(),
          status: response.status(),
          fromServiceWorker: response.fromServiceWorker(),
          server: response.serverAddr(),
        })
      })
      await use()
      await report(page, testInfo)
      if (page.isClosed() || answers.length === 0) return
      expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), 'no service worker controls the page').toBeNull()
      expect(
        answers.filter((a) => a.fromServiceWorker).map((a) => a.url),
        'answers from a service worker',
      ).toEqual([])
      const servers = await Promise.all(answers.map((a) => a.server))
      expect(
        answers.filter((_, i) => !servers[i]).map((a) => a.url),
        'answers that did not come over the network',
      ).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
