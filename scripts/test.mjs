#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, unit and component tests (Vitest), production builds (demo and live mode), end-to-end
 * tests (Playwright in Chromium: the demo build on its in-page mock, the live build against the fake Magistrala). Every step runs even when an earlier one fails, and the last line totals
 * all suites as `N passed, N failed, N skipped`; the exit code is non-zero on any failure.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { ensureChromium } from './ensure-chromium.mjs'

const VITEST_JSON = '.vitest-results.json'
const PLAYWRIGHT_JSON = '.playwright-results.json'
const totals = { passed: 0, failed: 0, skipped: 0 }
const notes = []

function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title} ━━`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

/** A step without test counts (typecheck, lint, build) counts as one check. */
function check(title, ok) {
  if (ok) totals.passed++
  else totals.failed++
  notes.push(`${ok ? 'ok    ' : 'FAILED'} ${title}`)
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
  } catch {
    return null
  }
}

check('typecheck (tsc -b)', run('Typecheck', 'npx', ['tsc', '-b']))
check('lint (oxlint, feature boundaries)', run('Lint', 'npm', ['run', '--silent', 'lint']))

rmSync(VITEST_JSON, { force: true })
const vitestOk = run('Unit and component tests (Vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${VITEST_JSON}`,
])
const vitest = readJson(VITEST_JSON)
if (vitest) {
  totals.passed += vitest.numPassedTests
  totals.failed += vitest.numFailedTests
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests
  // A suite that fails to load has no failed test but is a failure.
  if (!vitestOk && vitest.numFailedTests === 0) totals.failed++
  notes.push(`${vitestOk ? 'ok    ' : 'FAILED'} vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`)
} else {
  check('vitest (no results written)', false)
}

const mockBuildOk = run('Production build (demo mode)', 'npx', ['vite', 'build'])
check('build (vite build)', mockBuildOk)
// The live build (`npm run live`'s, into dist-live/) for the end-to-end tests in live mode.
const liveBuildOk = run('Production build (live mode)', 'npx', ['tsx', 'scripts/serve/live.ts', '--build', '--build-only'])
check('build, live mode (npm run live -- --build-only)', liveBuildOk)
const buildOk = mockBuildOk && liveBuildOk

if (buildOk) {
  let chromium = null
  try {
    chromium = await ensureChromium()
  } catch (error) {
    console.error(error.message)
  }
  if (!chromium) {
    check('e2e (no Chromium available)', false)
  } else {
    rmSync(PLAYWRIGHT_JSON, { force: true })
    const e2eOk = run('End-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test'], {
      CHROMIUM_PATH: chromium,
      E2E_SKIP_BUILD: '1',
      PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
    })
    const stats = readJson(PLAYWRIGHT_JSON)?.stats
    if (stats) {
      totals.passed += stats.expected + stats.flaky
      totals.failed += stats.unexpected
      totals.skipped += stats.skipped
      if (!e2eOk && stats.unexpected === 0) totals.failed++
      notes.push(
        `${e2eOk ? 'ok    ' : 'FAILED'} playwright: ${stats.expected + stats.flaky} passed (${stats.flaky} on a retry), ${stats.unexpected} failed`,
      )
    } else {
      check('playwright (no results written)', false)
    }
  }
} else {
  check('e2e (skipped: the build failed)', false)
}

console.log('\n━━ Summary ━━')
for (const note of notes) console.log(note)
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed > 0 ? 1 : 0)
