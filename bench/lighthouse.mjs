/**
 * Lighthouse (the devDependency, pinned) on a page: performance, accessibility and best practices, mobile (Lighthouse's
 * default: a mid-range phone on a slow 4G network, simulated) and desktop. Each run is a fresh headless Chromium.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join, dirname } from 'node:path'
import { stats } from './stats.mjs'

const require = createRequire(import.meta.url)
const CLI = join(dirname(require.resolve('lighthouse/package.json')), 'cli/index.js')
const CATEGORIES = ['performance', 'accessibility', 'best-practices']

/** One Lighthouse run: its report (JSON), parsed. */
function lighthouse(url, { executablePath, desktop }) {
  const args = [
    CLI,
    url,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(desktop ? ['--preset=desktop'] : []),
  ]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: executablePath }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (err += chunk))
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse stopped (${code}): ${err.trim().slice(-500)}`))
      const report = JSON.parse(out)
      if (report.runtimeError) return reject(new Error(`lighthouse: ${report.runtimeError.message}`))
      resolve(report)
    })
  })
}

const score = (report, category) => Math.round(report.categories[category].score * 100)

/** `runs` mobile runs and one desktop run of `url`, as bench figures (median over the mobile runs). */
export async function lighthouseFigures({ executablePath, url, runs, log }) {
  const mobile = []
  for (let run = 0; run < runs; run++) {
    mobile.push(await lighthouse(url, { executablePath, desktop: false }))
    const r = mobile.at(-1)
    log(
      `  mobile run ${run + 1}: performance ${score(r, 'performance')}, LCP ${r.audits['largest-contentful-paint'].displayValue}, TBT ${r.audits['total-blocking-time'].displayValue}, accessibility ${score(r, 'accessibility')}, best practices ${score(r, 'best-practices')}`,
    )
  }
  const desktop = await lighthouse(url, { executablePath, desktop: true })
  log(`  desktop: performance ${score(desktop, 'performance')}, LCP ${desktop.audits['largest-contentful-paint'].displayValue}`)
  const metric = (reports, id) => reports.map((r) => r.audits[id].numericValue)
  const metrics = (reports) =>
    ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((id) => `${id.replace(/-([a-z])/g, (_, c) => c.toUpperCase())} ${reports.at(-1).audits[id].displayValue}`)
      .join(', ')
  return [
    {
      id: 'lighthouse.mobile.performance',
      label: 'Lighthouse mobile: performance, live login page',
      unit: 'score',
      target: 100,
      higherIsBetter: true,
      ...stats(mobile.map((r) => score(r, 'performance'))),
      note: `last run: ${metrics(mobile)}`,
    },
    {
      id: 'lighthouse.mobile.lcp',
      label: 'Lighthouse mobile: largest contentful paint',
      unit: 'ms',
      target: 1800,
      ...stats(metric(mobile, 'largest-contentful-paint')),
    },
    {
      id: 'lighthouse.mobile.accessibility',
      label: 'Lighthouse mobile: accessibility',
      unit: 'score',
      target: 100,
      higherIsBetter: true,
      ...stats(mobile.map((r) => score(r, 'accessibility'))),
    },
    {
      id: 'lighthouse.mobile.bestPractices',
      label: 'Lighthouse mobile: best practices',
      unit: 'score',
      target: 100,
      higherIsBetter: true,
      ...stats(mobile.map((r) => score(r, 'best-practices'))),
    },
    {
      id: 'lighthouse.desktop.performance',
      label: 'Lighthouse desktop: performance',
      unit: 'score',
      value: score(desktop, 'performance'),
      note: `accessibility ${score(desktop, 'accessibility')}, best practices ${score(desktop, 'best-practices')}; ${metrics([desktop])}`,
    },
  ]
}
