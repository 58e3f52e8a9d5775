#!/usr/bin/env node
/**
 * `npm run bench`: builds the console (live and mock mode), then measures the bundle, the mock backend
 * in Node, and the clients page and CSV import in Chromium. Prints one row per figure with its target
 * and writes them to bench/results.json. Figures are never asserted; `npm test` does not run this.
 *
 * The live section serves the live build with `npm run live`'s set-up (the fake Magistrala over HTTP behind the
 * console's same-origin proxy, 100,000 clients, 50 ms added to every answer), times the clients page and counts its
 * requests.
 *
 * Lighthouse runs on the live build's login page, served the same way.
 *
 * BENCH_RUNS (browser runs, default 5), BENCH_LIGHTHOUSE_RUNS (mobile runs, default 3),
 * BENCH_ONLY=bundle,node,browser,csv,live,lighthouse to run a part.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join, resolve } from 'node:path'
import { build, preview } from 'vite'
import { chromium } from '@playwright/test'
import { ensureChromium } from '../scripts/ensure-chromium.mjs'
import { clientsFigures, csvFigures, requestWalk } from './browser.mjs'
import { lighthouseFigures } from './lighthouse.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const TMP = join(ROOT, 'bench/.tmp')
const PREVIEW_PORT = Number(process.env.BENCH_PORT ?? 5311)
const LIVE_PORT = Number(process.env.BENCH_LIVE_PORT ?? PREVIEW_PORT + 1)
/** A real deployment's round trip, added by the fake Magistrala to every answer. */
const LIVE_LATENCY_MS = 50
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const ONLY = new Set((process.env.BENCH_ONLY ?? 'bundle,node,browser,csv,live,lighthouse').split(','))
const KB = 1024
const log = (message) => console.error(message)
/** @type {import('./stats.mjs').Figure[]} */
const figures = []
const largest = {}

/** Records each module's rendered size per chunk, so the report can name the heavy ones. */
function moduleSizes(into) {
  return {
    name: 'bench-module-sizes',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        for (const [id, info] of Object.entries(chunk.modules ?? {}))
          into.push({ chunk: chunk.fileName, id, bytes: info.renderedLength ?? 0 })
      }
    },
  }
}

async function buildMode(mode) {
  const outDir = join(TMP, mode)
  const modules = []
  const saved = process.env.VITE_API_URL
  // Live mode: any API URL turns the mock off (src/api/config.ts); it is never contacted here.
  if (mode === 'live') process.env.VITE_API_URL = 'https://magistrala.invalid'
  else delete process.env.VITE_API_URL
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true }, plugins: [moduleSizes(modules)] })
  } finally {
    if (saved === undefined) delete process.env.VITE_API_URL
    else process.env.VITE_API_URL = saved
  }
  return { outDir, modules }
}

async function serve(outDir) {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true },
  })
  return { url: `http://127.0.0.1:${PREVIEW_PORT}`, close: () => new Promise((r) => server.httpServer.close(r)) }
}

/**
 * `npm run live` on its own port (building the live build into dist-live/ first when it is missing or stale), with
 * 100,000 clients and the latency added; resolves once it prints the console's URL.
 */
function startLive() {
  const args = ['--clients', '100000', '--latency', String(LIVE_LATENCY_MS), '--port', String(LIVE_PORT)]
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/serve/live.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const stopped = new Promise((resolve) => child.once('exit', resolve))
  const close = () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    return stopped
  }
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const url = /^console\s+(\S+?)\/?$/m.exec(out)?.[1]
      if (url) resolve({ url, close })
    })
    child.once('exit', (code) => reject(new Error(`npm run live stopped (${code}) before serving:\n${out}`)))
  })
}

const gz = (outDir, path) => gzipSync(readFileSync(join(outDir, path))).length

/**
 * Marks (page clock) when the script's sign-in button first exists: the login page is interactive from then (a live
 * build's HTML has an inert one before, `aria-disabled`: scripts/sign-in-card.ts).
 */
function markFormReady() {
  const w = /** @type {any} */ (window)
  const ready = () =>
    [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Sign in' && !b.hasAttribute('aria-disabled'))
  new MutationObserver((_, observer) => {
    if (w.__formReady || !ready()) return
    w.__formReady = performance.now()
    observer.disconnect()
  }).observe(document, { childList: true, subtree: true })
}

/** Scripts the page fetched, split by when their request started, with gzipped sizes from disk. */
async function scriptsBy(page, outDir, split) {
  const entries = await page.evaluate(
    (split) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ path: new URL(e.name).pathname, early: e.startTime <= /** @type {any} */ (window)[split] })),
    split,
  )
  const group = (early) => {
    const files = [...new Set(entries.filter((e) => e.early === early).map((e) => e.path))]
    const sizes = Object.fromEntries(files.map((f) => [f, +(gz(outDir, f) / KB).toFixed(1)]).sort((a, b) => b[1] - a[1]))
    return { files, sizes, bytes: files.reduce((n, f) => n + gz(outDir, f), 0) }
  }
  return { before: group(true), after: group(false) }
}

async function bundleFigures(executablePath) {
  const builds = { live: await buildMode('live'), mock: await buildMode('mock') }
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
  const result = {}
  try {
    for (const mode of ['live', 'mock']) {
      const { outDir } = builds[mode]
      const server = await serve(outDir)
      const context = await browser.newContext()
      await context.addInitScript(markFormReady)
      const page = await context.newPage()
      try {
        await page.goto(`${server.url}/login`)
        await page.getByRole('button', { name: 'Sign in', disabled: false }).waitFor()
        if (mode === 'mock') {
          await page.getByLabel('Username or email').fill('omar.haddad@example.com')
          await page.getByLabel('Password').fill('12345678')
          await page.getByRole('button', { name: 'Sign in' }).click()
          await page.locator('table tbody tr td.col-name a').first().waitFor()
        }
        await page.waitForLoadState('networkidle')
        // Before the form was usable: the login figure; after (idle prefetch, sign-in): the clients page.
        const split = await scriptsBy(page, outDir, '__formReady')
        result[mode] = { login: split.before }
        if (mode === 'mock') result.clients = split.after
      } finally {
        await context.close()
        await server.close()
      }
    }
  } finally {
    await browser.close()
  }
  const mockInLive = result.live.login.files.filter((f) => /browser-|msw|mockServiceWorker/.test(f))
  const liveModules = builds.live.modules
  const mswInLiveBuild = liveModules.filter((m) => /node_modules\/msw|\/mocks\//.test(m.id))
  // Libraries that ship a development build beside the production one (react-router: see vite.config.ts).
  const devBuildModules = liveModules.filter((m) => /node_modules\/.*\/(development|[\w.-]+\.development\.js$)/.test(m.id))
  const clientsExtra = result.clients.files
  const extraBytes = clientsExtra.reduce((n, f) => n + gz(builds.mock.outDir, f), 0)
  figures.push(
    {
      id: 'bundle.liveLogin',
      label: 'JS before login is interactive, live mode (gz)',
      unit: 'KB',
      target: 130,
      value: result.live.login.bytes / KB,
      note: `${result.live.login.files.length} files; mock code fetched: ${mockInLive.length ? mockInLive.join(' ') : 'none'}; mock modules in live build: ${mswInLiveBuild.length}; development-build modules: ${devBuildModules.length}`,
    },
    {
      id: 'bundle.mockLogin',
      label: 'JS before login is interactive, mock mode (gz)',
      unit: 'KB',
      value: result.mock.login.bytes / KB,
      note: `${result.mock.login.files.length} files`,
    },
    {
      id: 'bundle.clientsExtra',
      label: 'Extra JS for the clients page (gz)',
      unit: 'KB',
      target: 60,
      value: extraBytes / KB,
      note: `${clientsExtra.length} files`,
    },
  )
  const top = (mods) =>
    mods
      .filter((m) => !m.id.includes('\0'))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 12)
      .map((m) => ({
        module: m.id.replace(`${ROOT}/`, '').replace(/^.*node_modules\//, 'npm:'),
        KB: +(m.bytes / KB).toFixed(1),
        chunk: m.chunk,
      }))
  largest.downloads = {
    liveLogin: result.live.login.sizes,
    mockLogin: result.mock.login.sizes,
    clientsExtra: Object.fromEntries(clientsExtra.map((f) => [f, result.clients.sizes[f]])),
  }
  largest.live = top(liveModules)
  largest.mock = top(builds.mock.modules)
  return builds
}

function nodeFigures() {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/node.bench.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  })
  if (child.status !== 0) throw new Error(`node bench failed (${child.status})`)
  const lines = child.stdout.trim().split('\n')
  figures.push(...JSON.parse(lines.at(-1)))
}

const fmt = (n, unit) => (n === undefined ? '' : unit === 'count' || unit === 'score' ? String(Math.round(n)) : n.toFixed(n >= 100 ? 0 : 1))

function print() {
  const rows = figures.map((f) => {
    const met = f.target === undefined ? '' : (f.higherIsBetter ? f.value >= f.target : f.value <= f.target) ? 'ok' : 'MISSED'
    const spread = f.runs ? `${fmt(f.min, f.unit)} / ${fmt(f.median, f.unit)} / ${fmt(f.max, f.unit)} (n=${f.runs})` : ''
    return [
      f.label,
      `${fmt(f.value, f.unit)} ${f.unit}`,
      f.target === undefined ? '—' : `${f.higherIsBetter ? '≥' : '≤'} ${f.target} ${f.unit}`,
      met,
      spread,
      f.note ?? '',
    ]
  })
  const head = ['Figure', 'Value', 'Target', '', 'min / median / max', 'Note']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  console.log(`\n${line(head)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`)
  for (const r of rows) console.log(line(r))
  if (largest.live) {
    for (const mode of ['live']) {
      console.log(`\nLargest modules (${mode} build, rendered, before gzip):`)
      for (const m of largest[mode]) console.log(`  ${String(m.KB).padStart(7)} KB  ${m.module}  [${m.chunk}]`)
    }
  }
}

mkdirSync(TMP, { recursive: true })
const executablePath = ['bundle', 'browser', 'csv', 'live', 'lighthouse'].some((part) => ONLY.has(part))
  ? await ensureChromium()
  : undefined
let builds
try {
  if (ONLY.has('bundle')) {
    log('━━ Bundle (live and mock builds)')
    builds = await bundleFigures(executablePath)
  }
  if (ONLY.has('node')) {
    log('━━ Mock backend in Node')
    nodeFigures()
  }
  if (ONLY.has('browser') || ONLY.has('csv')) {
    const outDir = builds?.mock.outDir ?? (await buildMode('mock')).outDir
    const server = await serve(outDir)
    try {
      if (ONLY.has('browser')) {
        log(`━━ Clients page in Chromium, 100k clients, ${RUNS} runs`)
        figures.push(...(await clientsFigures({ executablePath, baseUrl: server.url, runs: RUNS, log })))
      }
      if (ONLY.has('csv')) {
        log(`━━ CSV import in Chromium, ${RUNS} runs`)
        figures.push(...(await csvFigures({ executablePath, baseUrl: server.url, runs: RUNS, bulkRuns: Math.min(RUNS, 3), log })))
      }
    } finally {
      await server.close()
    }
  }
  if (ONLY.has('live') || ONLY.has('lighthouse')) {
    const live = await startLive()
    try {
      if (ONLY.has('live')) {
        log(`━━ Live build over HTTP (npm run live), 100k clients, +${LIVE_LATENCY_MS} ms an answer, ${RUNS} runs`)
        figures.push(...(await clientsFigures({ executablePath, baseUrl: live.url, runs: RUNS, log, mode: 'live' })))
        figures.push(...(await requestWalk({ executablePath, baseUrl: live.url, log })))
      }
      if (ONLY.has('lighthouse')) {
        log(`━━ Lighthouse on the live login page, ${LIGHTHOUSE_RUNS} mobile runs and one desktop run`)
        figures.push(...(await lighthouseFigures({ executablePath, url: `${live.url}/login`, runs: LIGHTHOUSE_RUNS, log })))
      }
    } finally {
      await live.close()
    }
  }
} finally {
  print()
  writeFileSync(
    join(ROOT, 'bench/results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, figures, largest }, null, 2)}\n`,
  )
  if (!process.env.BENCH_KEEP) rmSync(TMP, { recursive: true, force: true })
}
