/**
 * Browser figures: Chromium through Playwright against a production build: the mock build served by `vite preview`
 * (in-page mock backend, latency 0), or the live build behind `npm run live`'s proxy (the fake Magistrala over HTTP).
 * Timings come from the page's own clock (performance.now) around each step, ending on the animation frame after the
 * new rows are in the DOM; when the list's answer arrived, from its resource timing entry; long tasks from a
 * PerformanceObserver.
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

/**
 * Runs in the page: starts an action, waits for its rows, returns its duration (after the debounce) and long tasks.
 * `answer` matches the URL of the list request whose rows the step waits for: `afterAnswer` is the time from its
 * arrival (or from the action, for an answer already in, e.g. a prefetched page) to the rows painted.
 */
function step({ action, debounce, answer }) {
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
  return w.__until(changed).then((t1) => {
    const start = t0 + debounce
    const pattern = answer ? new RegExp(answer) : null
    const entry = pattern
      ? performance
          .getEntriesByType('resource')
          .filter((e) => pattern.test(e.name) && e.responseEnd <= t1)
          .at(-1)
      : undefined
    return { ms: t1 - start, afterAnswer: entry ? t1 - Math.max(start, entry.responseEnd) : undefined, tasks: w.__tasksIn(t0, t1) }
  })
}

/** Waits until the page has no mock request in flight for a moment, so each step starts from rest. */
async function settle(page, quietMs = 300) {
  await page.waitForFunction(
    (quiet) => {
      const w = /** @type {any} */ (window)
      const last = Math.max(0, ...performance.getEntriesByType('resource').map((e) => e.responseEnd))
      const pending = performance.getEntriesByType('resource').length === w.__resourceCount
      w.__resourceCount = performance.getEntriesByType('resource').length
      // Rows below the fold wait to be scrolled to before they ask for their last seen: only those on screen count.
      const loading = [...document.querySelectorAll('table tbody td.col-last-seen > span')].some((cell) => {
        const box = cell.getBoundingClientRect()
        return box.bottom > 0 && box.top < innerHeight && cell.textContent?.includes('…')
      })
      return pending && performance.now() - last > quiet && !loading
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
  // The script's form, not the live build's HTML one before it (inert: scripts/sign-in-card.ts).
  await page.getByRole('button', { name: 'Sign in', disabled: false }).waitFor()
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

/** The timed steps after sign-in: the action, the debounce before its request, and that request's URL. */
const STEPS = {
  page: {
    action: { kind: 'click', selector: 'nav[aria-label="Pagination"] button', text: '2' },
    debounce: 0,
    answer: '/clients\\?offset=25&',
  },
  sort: { action: { kind: 'click', selector: 'table thead button', text: 'Name' }, debounce: 0, answer: '/clients\\?.*order=name' },
  search: {
    action: { kind: 'type', selector: 'input[type="search"]', text: 'line 3' },
    debounce: DEBOUNCE_MS,
    answer: '/clients\\?.*name=line',
  },
}

/** The API requests a live page sends (behind the proxy's /api), counted by kind. */
function countRequests(page) {
  const sent = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (!path.startsWith('/api/')) return
    sent.push(
      path.startsWith('/api/certs/') ? 'certs' : path.endsWith('/telemetry') ? 'telemetry' : path.endsWith('/clients') ? 'list' : 'other',
    )
  })
  /** Counts by kind of the requests sent since `from` (an earlier `.mark()`). */
  const since = (from) => {
    const counts = { total: 0, list: 0, certs: 0, telemetry: 0, other: 0 }
    for (const kind of sent.slice(from)) {
      counts.total++
      counts[kind]++
    }
    return counts
  }
  return { mark: () => sent.length, since }
}

const describeCounts = (c) => `list ${c.list}, certificates ${c.certs}, telemetry ${c.telemetry}, other ${c.other}`

/** Signs in and waits for the first rows and the list's total, each later step from rest. */
async function signedIn(page) {
  const result = await signIn(page)
  await page
    .getByRole('navigation', { name: 'Pagination' })
    .getByText(/ of [\d,]+ clients?$/)
    .waitFor()
  // Each step starts once the previous one's per-row requests (last seen, certificates) are answered.
  await settle(page)
  return result
}

/**
 * The clients page with 100,000 clients: sign-in, a page change, a sort and a search, `runs` times in fresh contexts.
 * `mode: 'mock'` seeds the in-page mock (timed, with the heap after); `mode: 'live'` signs in to the fake Magistrala
 * behind `baseUrl` and also counts the API requests of each step.
 */
export async function clientsFigures({ executablePath, baseUrl, runs, log, mode = 'mock' }) {
  const live = mode === 'live'
  const browser = await chromium.launch({ executablePath, args: ARGS })
  const samples = { signIn: [], page: [], sort: [], search: [], heap: [], seed: [] }
  const afterAnswer = { page: [], sort: [], search: [] }
  const tasks = { signIn: [], page: [], sort: [], search: [] }
  const requests = { signIn: [], page: [], sort: [], search: [] }
  try {
    for (let run = 0; run < runs; run++) {
      const { context, page } = await newPage(browser)
      const counter = countRequests(page)
      const t = Date.now()
      await page.goto(live ? `${baseUrl}/login` : `${baseUrl}/login?mockClients=100000`)
      await page.getByLabel('Username or email').waitFor({ timeout: 120_000 })
      samples.seed.push(Date.now() - t)
      const record = async (name, run) => {
        const from = counter.mark()
        const r = await run()
        samples[name].push(r.ms)
        tasks[name].push(r.tasks)
        if (r.afterAnswer !== undefined) afterAnswer[name].push(r.afterAnswer)
        if (name !== 'signIn') await settle(page)
        requests[name].push(counter.since(from))
      }
      await record('signIn', () => signedIn(page))
      for (const name of /** @type {const} */ (['page', 'sort', 'search'])) await record(name, () => page.evaluate(step, STEPS[name]))
      if (!live) samples.heap.push(await heapMB(page))
      const answered = (name) => (live ? ` (${afterAnswer[name].at(-1).toFixed(0)} after the answer)` : '')
      log(
        `  run ${run + 1}: ${live ? 'load' : 'seed+load'} ${samples.seed.at(-1)} ms, sign-in ${samples.signIn.at(-1).toFixed(0)} ms, page ${samples.page.at(-1).toFixed(0)}${answered('page')} ms, sort ${samples.sort.at(-1).toFixed(0)}${answered('sort')} ms, search ${samples.search.at(-1).toFixed(0)}${answered('search')} ms${live ? `, requests per page change: ${describeCounts(requests.page.at(-1))}` : `, heap ${samples.heap.at(-1).toFixed(0)} MB`}`,
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
  const taskCount = (names) => names.reduce((n, k) => n + tasks[k].reduce((m, t) => m + t.count, 0), 0)
  if (live) return liveFigures({ samples, afterAnswer, requests, longTasks, taskCount })
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
      value: taskCount(['page', 'sort', 'search']),
    },
    { id: 'browser.heap', label: 'JS heap: 100k seed + clients page', unit: 'MB', target: 250, ...stats(samples.heap) },
  ]
}

function liveFigures({ samples, afterAnswer, requests, longTasks, taskCount }) {
  const timed = (name, label) => [
    {
      id: `live.${name}`,
      label: `Live: ${label} → rows painted, from the ${name === 'search' ? 'debounce' : 'click'}`,
      unit: 'ms',
      target: 160,
      ...stats(samples[name]),
      note: longTasks(name),
    },
    {
      id: `live.${name}.afterAnswer`,
      label: `Live: ${label} → rows painted, after the answer`,
      unit: 'ms',
      target: 110,
      ...stats(afterAnswer[name]),
    },
  ]
  const perPage = requests.page
  return [
    {
      id: 'live.firstRows',
      label: 'Live: sign-in → first client rows (100k)',
      unit: 'ms',
      target: 600,
      ...stats(samples.signIn),
      note: `${longTasks('signIn')}; requests to the rows at rest: ${describeCounts(requests.signIn.at(-1))}`,
    },
    ...timed('page', 'page change'),
    ...timed('sort', 'sort by name'),
    ...timed('search', 'search'),
    {
      id: 'live.longTasks',
      label: 'Live: long tasks >50 ms during page/sort/search (all runs)',
      unit: 'count',
      target: 0,
      value: taskCount(['page', 'sort', 'search']),
      note: `sign-in's are on its row`,
    },
    {
      id: 'live.requests.pageChange',
      label: 'Live: API requests per page change',
      unit: 'count',
      ...stats(perPage.map((c) => c.total)),
      note: describeCounts(perPage.at(-1)),
    },
  ]
}

/**
 * The requests of a walk through the live list and one client: sign-in, pages 2 and 3 and back to 1, a sort by name,
 * a search, then the first client's page.
 */
export async function requestWalk({ executablePath, baseUrl, log }) {
  const browser = await chromium.launch({ executablePath, args: ARGS })
  try {
    const { context, page } = await newPage(browser)
    const counter = countRequests(page)
    await page.goto(`${baseUrl}/login`)
    await page.getByLabel('Username or email').waitFor()
    await signedIn(page)
    const click = (text, selector = 'nav[aria-label="Pagination"] button') => ({ action: { kind: 'click', selector, text }, debounce: 0 })
    for (const next of [click('2'), click('3'), click('1'), STEPS.sort, STEPS.search]) {
      await page.evaluate(step, next)
      await settle(page)
    }
    await page.locator('table tbody tr td.col-name a').first().click()
    await page.getByRole('navigation', { name: 'Client sections' }).waitFor()
    await settle(page)
    const walk = counter.since(0)
    await context.close()
    log(`  walk: ${walk.total} requests: ${describeCounts(walk)}`)
    return [
      {
        id: 'live.requests.walk',
        label: 'Live: API requests, walk through the list and a client',
        unit: 'count',
        value: walk.total,
        note: describeCounts(walk),
      },
      { id: 'live.requests.walkCerts', label: 'Live: certificate requests in that walk', unit: 'count', value: walk.certs },
      { id: 'live.requests.walkTelemetry', label: 'Live: telemetry requests in that walk', unit: 'count', value: walk.telemetry },
    ]
  } finally {
    await browser.close()
  }
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
    el.addEventListener('change', () => /** @type {any} */ (window.__csvT0 = performance.now()), { capture: true }),
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
