import type { Page } from '@playwright/test'

export { domainIdOf } from './connections.po.ts'

type CspWindow = { __cspViolations: string[] }

/**
 * Records every Content-Security-Policy violation from the first script on, in the page (the
 * `securitypolicyviolation` event) and on the console (what Chromium reports for blocked loads).
 */
export async function watchCsp(page: Page) {
  const fromConsole: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text())
  })
  await page.addInitScript(() => {
    const store = window as unknown as CspWindow
    store.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      store.__cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  cspConsole.set(page, fromConsole)
}

const cspConsole = new WeakMap<Page, string[]>()

/** The violations seen so far on this page (event and console). */
export async function cspViolations(page: Page): Promise<string[]> {
  const inPage = await page.evaluate(() => (window as unknown as Partial<CspWindow>).__cspViolations ?? [])
  return [...inPage, ...(cspConsole.get(page) ?? [])]
}
