/**
 * Browser figures: Chromium through Playwright against the production build served by `vite preview`
 * (mock backend, latency 0). Timings come from the page's own clock (performance.now) around each step,
 * ending on the animation frame after the new rows are in the DOM; long tasks from a PerformanceObserver.
 */
import { chromium } from '@playwright/test'
import { stats } from './stats.mjs'

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const OPERATOR = 'omar.haddad@example.com'
const PASSWORD = '12345678'
/** SearchBox's default debounce: the search figure is the time after it. */
const DEBOUNCE_MS = 300

/** Installed before any page script: long tasks are buffered from the start of the page. */
function installProbes() {
  const w = /** @type {any} */ (window)
  w.__longTasks = []
  // Every mock request is a resource entry: room for all of them, so `settle` sees the last ones.
  performance.setResourceTimingBufferSize(100_000)
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  /** Resolves on the frame after `done()` first holds (checked on every DOM change), with the time. */
  w.__until = (done, timeout = 20_000) =>
    new Promise((resolve, reject) => {
      const finish = () => requestAnimationFrame(() => resolve(performance.now()))
      if (done()) return finish()
      const observer = new MutationObserver(() => {
        if (!done()) return
        observer.disconnect()
        clearTimeout(timer)
        finish()
      })
      const timer = setTimeout(() => {
        observer.disconnect()
        reject(new Error('timed out'))
      }, timeout)
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true })
    })
  w.__tasksIn = (t0, t1) => {
    // Tasks that began before the step (e.g. Playwright handing over an 8 MB file) are not the step's.
    const tasks = w.__longTasks.filter((t) => t.start >= t0 && t.start <= t1)
    return { count: tasks.length, max: Math.max(0, ...tasks.map((t) => t.duration)) }
  }
}

/** Runs in the page: starts an action, waits for its rows, returns its duration and long tasks. */
function step({ action, debounce }) {
  const w = /** @type {any} */ (window)
  const firstName = () => document.querySelector('table tbody tr td.col-name a')?.textContent ?? null
  const before = firstName()
  const changed = () => {
    const now = firstName()
    return now !== null && now !== before && !document.querySelector('table tbody tr.row-skeleton')
  }
  const t0 = performance.now()
  if (action.kind === 'click') {
    const button = [...document.querySelectorAll(action.selector)].find((b) => b.textContent?.trim() === action.text)
    if (!button) throw new Error(`no button ${action.text}`)
    button.click()
  } else if (action.kind === 'type') {
    const input = document.querySelector(action.selector)
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
    set.call(input, action.text)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }
  return w.__until(changed).then((t1) => ({ ms: t1 - t0 - debounce, tasks: w.__tasksIn(t0, t1) }))
}

/** Waits until the page has no mock request in flight for a moment, so each step starts from rest. */
async function settle(page, quietMs = 300) {
  await page.waitForFunction(
    (quiet) => {
      const w = /** @type {any} */ (window)
      const last = Math.max(0, ...performance.getEntriesByType('resource').map((e) => e.responseEnd))
      const pending = performance.getEntriesByType('resource').length === w.__resourceCount
      w.__resourceCount = performance.getEntriesByType('resource').length
      return pending && performance.now() - last > quiet && !document.querySelector('table tbody .muted')?.textContent?.includes('…')
    },
    quietMs,
    { polling: 100, timeout: 30_000 },
  )
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } })
  await context.addInitScript(installProbes)
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error(`[page] ${e.message}`))
  return { context, page }
}

/** Signs in as the operator (one domain: straight to its clients) and times it to the first rows. */
async function signIn(page) {
  await page.getByLabel('Username or email').fill(OPERATOR)
  await page.getByLabel('Password').fill(PASSWORD)
  return page.evaluate(() => {
    const w = /** @type {any} */ (window)
    const t0 = performance.now()
    ;/** @type {HTMLButtonElement} */ [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Sign in').click()
    return w
      .__until(() => document.querySelector('table tbody tr td.col-name a') !== null)
      .then((t1) => ({ ms: t1 - t0, tasks: w.__tasksIn(t0, t1) }))
  })
}

async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 2 ** 20
}

export async function clientsFigures({ executablePath, baseUrl, runs, log }) {
  const browser = await chromium.launch({ executablePath, args: ARGS })
  const samples = { signIn: [], page: [], sort: [], search: [], heap: [], seed: [] }
  const tasks = { signIn: [], page: [], sort: [], search: [] }
  try {
    for (let run = 0; run < runs; run++) {
      const { context, page } = await newPage(browser)
      const t = Date.now()
      await page.goto(`${baseUrl}/login?mockClients=100000`)
      await page.getByLabel('Username or email').waitFor({ timeout: 120_000 })
      samples.seed.push(Date.now() - t)
      const record = (name, r) => {
        samples[name].push(r.ms)
        tasks[name].push(r.tasks)
      }
      record('signIn', await signIn(page))
      await page
        .getByRole('navigation', { name: 'Pagination' })
        .getByText(/ of [\d,]+ clients?$/)
        .waitFor()
      // Each step starts once the previous one's per-row requests (last seen, certificates) are answered.
      await settle(page)
      record(
        'page',
        await page.evaluate(step, { action: { kind: 'click', selector: 'nav[aria-label="Pagination"] button', text: '2' }, debounce: 0 }),
      )
      await settle(page)
      record('sort', await page.evaluate(step, { action: { kind: 'click', selector: 'table thead button', text: 'Name' }, debounce: 0 }))
      await settle(page)
      record(
        'search',
        await page.evaluate(step, { action: { kind: 'type', selector: 'input[type="search"]', text: 'line 3' }, debounce: DEBOUNCE_MS }),
      )
      samples.heap.push(await heapMB(page))
      log(
        `  run ${run + 1}: seed+load ${samples.seed.at(-1)} ms, sign-in ${samples.signIn.at(-1).toFixed(0)} ms, page ${samples.page.at(-1).toFixed(0)} ms, sort ${samples.sort.at(-1).toFixed(0)} ms, search ${samples.search.at(-1).toFixed(0)} ms, heap ${samples.heap.at(-1).toFixed(0)} MB`,
      )
      await context.close()
    }
  } finally {
    await browser.close()
  }
  const longTasks = (name) => {
    const all = tasks[name]
    return `long tasks >50 ms per run: ${all.map((t) => t.count).join('/')}, longest ${Math.max(...all.map((t) => t.max)).toFixed(0)} ms`
  }
  return [
    { id: 'browser.seedLoad', label: 'Load + seed 100k in the page (login ready)', unit: 'ms', ...stats(samples.seed) },
    {
      id: 'browser.firstRows',
      label: 'Sign-in → first client rows (100k)',
      unit: 'ms',
      target: 1000,
      ...stats(samples.signIn),
      note: longTasks('signIn'),
    },
    {
      id: 'browser.pageChange',
      label: 'Page change → rows painted',
      unit: 'ms',
      target: 100,
      ...stats(samples.page),
      note: longTasks('page'),
    },
    { id: 'browser.sort', label: 'Sort by name → rows painted', unit: 'ms', target: 100, ...stats(samples.sort), note: longTasks('sort') },
    {
      id: 'browser.search',
      label: 'Search → rows painted (after 300 ms debounce)',
      unit: 'ms',
      target: 150,
      ...stats(samples.search),
      note: longTasks('search'),
    },
    {
      id: 'browser.longTasks',
      label: 'Long tasks >50 ms during page/sort/search (all runs)',
      unit: 'count',
      target: 0,
      value: ['page', 'sort', 'search'].reduce((n, k) => n + tasks[k].reduce((m, t) => m + t.count, 0), 0),
    },
    { id: 'browser.heap', label: 'JS heap: 100k seed + clients page', unit: 'MB', target: 250, ...stats(samples.heap) },
  ]
}

function csvText(rows) {
  const lines = ['Name,Secret,Tags,Metadata']
  for (let i = 0; i < rows; i++)
    lines.push(
      `"Bench Sensor ${i}, bay ${i % 40}",bench-secret-${i},"[""bench"",""bay-${i % 40}""]","{""serial"": ${i}, ""note"": ""a, b""}"`,
    )
  return Buffer.from(lines.join('\n'))
}

/** Opens the import dialog on a small seed and hands it a file; resolves when the preview counts it. */
async function loadCsv(page, baseUrl, buffer, rows) {
  await page.goto(`${baseUrl}/login?mockClients=250`)
  await page.getByLabel('Username or email').fill(OPERATOR)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.locator('table tbody tr td.col-name a').first().waitFor()
  await page.getByRole('button', { name: 'Create clients' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create clients from a CSV file' })
  const input = dialog.getByLabel('Choose a CSV file')
  await input.evaluate((el) =>
    el.addEventListener('change', () => /** @type {any} */ ((window).__csvT0 = performance.now()), { capture: true }),
  )
  await input.setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer })
  const label = `${rows.toLocaleString('en')} valid`
  return page.evaluate((label) => {
    const w = /** @type {any} */ (window)
    const done = () =>
      [...document.querySelectorAll('[role="dialog"] *')].some((el) => el.childElementCount === 0 && el.textContent === label)
    return w.__until(done, 60_000).then((t1) => ({
      ms: t1 - w.__csvT0,
      tasks: w.__tasksIn(w.__csvT0, t1),
      rendered: document.querySelectorAll('[role="dialog"] tbody tr, [role="dialog"] [role="row"]').length,
    }))
  }, label)
}

export async function csvFigures({ executablePath, baseUrl, runs, bulkRuns, log }) {
  const browser = await chromium.launch({ executablePath, args: ARGS })
  const parse = []
  const parseTasks = []
  const bulk = []
  const progressSteps = []
  let rendered = 0
  try {
    const big = csvText(100_000)
    for (let run = 0; run < runs; run++) {
      const { context, page } = await newPage(browser)
      const r = await loadCsv(page, baseUrl, big, 100_000)
      parse.push(r.ms)
      parseTasks.push(r.tasks)
      rendered = r.rendered
      log(
        `  csv run ${run + 1}: 100k rows previewed in ${r.ms.toFixed(0)} ms, long tasks ${r.tasks.count} (longest ${r.tasks.max.toFixed(0)} ms), ${r.rendered} rows in the DOM`,
      )
      await context.close()
    }
    const small = csvText(10_000)
    for (let run = 0; run < bulkRuns; run++) {
      const { context, page } = await newPage(browser)
      await loadCsv(page, baseUrl, small, 10_000)
      const create = page.getByRole('button', { name: 'Create 10,000 valid clients' })
      await page.waitForFunction(() => !document.querySelector('[aria-disabled="true"]')?.textContent?.startsWith('Create 10,000'), null, {
        timeout: 60_000,
      })
      await create.waitFor()
      const r = await page.evaluate(() => {
        const w = /** @type {any} */ (window)
        const values = new Set()
        const sample = new MutationObserver(() => {
          const bar = document.querySelector('[role="progressbar"][aria-label="Creating clients"]')
          if (bar) values.add(bar.getAttribute('aria-valuenow'))
        })
        sample.observe(document.body, { subtree: true, attributes: true, childList: true })
        const t0 = performance.now()
        ;[...document.querySelectorAll('[role="dialog"] button')]
          .find((b) => b.textContent?.trim() === 'Create 10,000 valid clients')
          .click()
        const done = () =>
          [...document.querySelectorAll('[role="dialog"] strong')].some((el) => el.textContent === '10,000 clients created.')
        return w.__until(done, 120_000).then((t1) => {
          sample.disconnect()
          return { ms: t1 - t0, steps: values.size }
        })
      })
      bulk.push(r.ms)
      progressSteps.push(r.steps)
      log(`  bulk run ${run + 1}: 10,000 clients created in ${r.ms.toFixed(0)} ms, progress bar took ${r.steps} values`)
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return [
    {
      id: 'csv.parse100k',
      label: 'CSV 100k rows → validated preview',
      unit: 'ms',
      target: 2500,
      ...stats(parse),
      note: `${rendered} preview rows in the DOM (virtualised)`,
    },
    {
      id: 'csv.longTask',
      label: 'Longest main-thread task during CSV parse',
      unit: 'ms',
      target: 50,
      ...stats(parseTasks.map((t) => t.max)),
      note: `long tasks >50 ms per run: ${parseTasks.map((t) => t.count).join('/')}`,
    },
    {
      id: 'csv.bulk10k',
      label: 'Bulk create 10,000 rows',
      unit: 'ms',
      target: 10_000,
      ...stats(bulk),
      note: `progress bar values seen per run: ${progressSteps.join('/')}`,
    },
  ]
}
