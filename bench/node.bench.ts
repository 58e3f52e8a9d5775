/**
 * Mock backend figures in Node: msw/node handlers reached through the real API client (latency 0).
 * Run by `bench/run.mjs` with tsx; prints one JSON object on its last line.
 */
import { setupServer } from 'msw/node'
import { configureApi, resolveConfig } from '../src/api/config'
import { signIn } from '../src/api/auth'
import { listClients } from '../src/api/clients'
import { listEntityJournal } from '../src/api/journal'
import { createMockBackend } from '../mocks/backend'
import { TEST_BASE_URL } from '../mocks/node'
import { Database } from '../mocks/db/database'
import { DEMO_PASSWORD, seedDatabase } from '../mocks/seed/generate'
import { stats, type Figure } from './stats.mjs'

const ANCHOR = Date.parse('2026-11-01T12:00:00Z')
const RUNS = Number(process.env.BENCH_NODE_RUNS ?? 15)
const gc = (globalThis as { gc?: () => void }).gc

configureApi({ ...resolveConfig({ VITE_API_URL: TEST_BASE_URL }), mock: true })

async function repeat(runs: number, fn: (i: number) => Promise<unknown> | unknown) {
  // One warm-up so the JIT and msw's route matching are not what is measured.
  await fn(-1)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn(i)
    times.push(performance.now() - t0)
  }
  return times
}

const figures: Figure[] = []

// Seeding: a fresh database each run; heap retained by one seeded database measured after a full GC.
{
  const seedRuns = Number(process.env.BENCH_SEED_RUNS ?? 3)
  const times: number[] = []
  let heap = 0
  for (let i = 0; i < seedRuns; i++) {
    gc?.()
    const before = process.memoryUsage().heapUsed
    const t0 = performance.now()
    const db = new Database()
    seedDatabase(db, { clients: 100_000, anchor: ANCHOR })
    times.push(performance.now() - t0)
    gc?.()
    heap = Math.max(heap, process.memoryUsage().heapUsed - before)
    if (db.clients.countIn('') < 0) console.log('unreachable')
  }
  figures.push({ id: 'node.seed100k', label: 'Seed 100,000 clients', unit: 'ms', target: 1500, ...stats(times) })
  if (gc) figures.push({ id: 'node.seed100k.heap', label: 'Heap held by the 100k seed (Node)', unit: 'MB', value: heap / 2 ** 20 })
}

const backend = createMockBackend({ baseUrl: TEST_BASE_URL, seed: { clients: 100_000, journal: 1_000_000, anchor: ANCHOR } })
const server = setupServer(...backend.handlers)
server.listen({ onUnhandledRequest: 'error' })
await signIn({ username: 'admin@example.com', password: DEMO_PASSWORD })
const acme = backend.db.domains.all().find((d) => d.route === 'acme')!

{
  const names = ['sensor', 'gateway', 'line 2', 'meter', 'pump', 'camera']
  const times = await repeat(RUNS, (i) =>
    listClients(acme.id, {
      name: names[(i + names.length) % names.length],
      order: i % 2 ? 'name' : 'created_at',
      dir: i % 3 ? 'asc' : 'desc',
      offset: 25 * ((i + 4) % 4),
      limit: 25,
      status: 'all',
    }),
  )
  figures.push({ id: 'node.listClients', label: 'List clients: name filter + sort, 100k', unit: 'ms', target: 10, ...stats(times) })
}

{
  const clients = [...backend.db.clients.allIn(acme.id)]
  const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000)
  const ops = ['client.view', 'client.update', 'channel.connect', 'client.disable']
  const times = await repeat(RUNS, (i) =>
    listEntityJournal(acme.id, 'client', clients[(i + 1) * 997].id, {
      operation: ops[(i + ops.length) % ops.length],
      from: seconds('2026-07-01T00:00:00Z'),
      to: seconds('2026-09-30T23:59:59Z'),
      offset: 0,
      limit: 10,
      dir: 'desc',
      with_attributes: true,
    }),
  )
  figures.push({ id: 'node.journalSearch', label: 'Journal search: operation + time, 1M entries', unit: 'ms', target: 20, ...stats(times) })
}

server.close()
console.log(JSON.stringify(figures))
