import { defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'

const PORT = Number(process.env.E2E_PORT ?? 4173)
const BASE_URL = `http://127.0.0.1:${PORT}`
// The live project's console (`npm run live`: the live build, with the fake Magistrala behind a same-origin proxy).
const LIVE_PORT = Number(process.env.E2E_LIVE_PORT ?? PORT + 7)
const LIVE_URL = `http://127.0.0.1:${LIVE_PORT}`
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1360, height: 860 } }

// CHROMIUM_PATH wins; else Debian's Chromium when present; else Playwright's own browser.
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Two cores run the build, the browsers and the mock backend together: a timing hiccup gets one more try, and the
  // summary counts it as flaky. A test that fails twice fails the run.
  retries: process.env.E2E_RETRIES ? Number(process.env.E2E_RETRIES) : 1,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  timeout: 45_000,
  // A reload boots the mock backend again (worker, seed, stored changes) before the first answer.
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // The production demo build, its backend the in-page mock (MSW's service worker).
    { name: 'mock', testIgnore: 'live/**', use: { ...desktop, baseURL: BASE_URL } },
    // The production live build over real HTTP: no service worker, every service behind the proxy on its own port.
    { name: 'live', testMatch: 'live/**/*.spec.ts', use: { ...desktop, baseURL: LIVE_URL } },
  ],
  webServer: [
    {
      // `npm test` builds first and sets E2E_SKIP_BUILD; a bare `npx playwright test` builds itself.
      command: `${process.env.E2E_SKIP_BUILD ? '' : 'npx vite build && '}npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: BASE_URL,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Builds the live build when it is missing or older than its sources, unless `npm test` just built it.
      command: `npx tsx scripts/serve/live.ts --port ${LIVE_PORT}${process.env.E2E_SKIP_BUILD ? ' --no-build' : ''}`,
      url: LIVE_URL,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
