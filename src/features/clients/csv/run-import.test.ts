import { describe, expect, it } from 'vitest'
import { createClient, createClientsBulk, getClient, listClients } from '../../../api/clients'
import { ApiError, isApiError } from '../../../api/errors'
import { ADMIN, signInAs, setupTestBackend } from '../../../test/backend'
import { fileContext, validateRows, type ImportRow } from './client-csv'
import { rowIds } from './row-ids'
import { mergeOutcomes, runImport, type ImportDeps, type RowOutcome } from './run-import'

const backend = setupTestBackend()

/** Rows as the importer reads them from a file, with ids derived from their cells. */
function rows(cells: string[][]): ImportRow[] {
  return validateRows(cells, 2, fileContext(rowIds(backend.domainId)))
}

function deps(overrides: Partial<ImportDeps> = {}): ImportDeps {
  return {
    createBatch: (batch, signal) => createClientsBulk(backend.domainId, batch, signal),
    exists: async (id, signal) => {
      try {
        await getClient(backend.domainId, id, {}, signal)
        return true
      } catch (error) {
        if (isApiError(error) && error.isAbsentForCaller) return false
        throw error
      }
    },
    onProgress: () => {},
    shouldStop: () => false,
    signal: new AbortController().signal,
    batchSize: 4,
    ...overrides,
  }
}

const total = async () => (await listClients(backend.domainId, { status: 'all', limit: 1 })).total
const statuses = (input: ImportRow[], outcomes: Map<string, RowOutcome>) => input.map((r) => outcomes.get(r.id)?.status)

describe('runImport', () => {
  it('creates every row it can and pinpoints the rows the server refuses', async () => {
    await signInAs(ADMIN)
    await createClient(backend.domainId, { name: 'existing', credentials: { secret: 'taken-secret' } })
    const before = await total()
    const input = rows([['a'], ['b', 'taken-secret'], ['c'], ['d'], ['e'], ['f', 'taken-secret-2'], ['g']])
    const result = await runImport(input, deps())
    const failed = input.filter((r) => result.outcomes.get(r.id)?.status === 'failed')
    expect(failed.map((r) => r.name)).toEqual(['b'])
    expect(result.outcomes.get(failed[0].id)).toEqual({ status: 'failed', reason: 'Secret already used by another client in this domain' })
    expect(await total()).toBe(before + 6)
  })

  it('skips what an interrupted first run created when the same file is imported again: nothing is created twice', async () => {
    await signInAs(ADMIN)
    const before = await total()
    const file = [['a'], ['b'], ['c'], ['d'], ['e', 'e-secret'], ['f'], ['g'], ['h'], ['i'], ['j']]
    let batches = 0
    const first = await runImport(rows(file), deps({ onProgress: (p) => (batches = p.settled / 4), shouldStop: () => batches >= 1 }))
    expect(first.stopped).toBe(true)
    expect(await total()).toBe(before + 4)

    // The tab was closed: a new parse of the same file, with nothing remembered but the file.
    const again = rows(file)
    const progress: number[] = []
    const second = await runImport(again, deps({ onProgress: (p) => progress.push(p.skipped) }))
    expect(statuses(again, second.outcomes)).toEqual([...Array(4).fill('skipped'), ...Array(6).fill('created')])
    expect(progress.at(-1)).toBe(4)
    expect(await total()).toBe(before + 10)
  })

  it('says a batch without an answer may have been created, and a retry finds out without creating it twice', async () => {
    await signInAs(ADMIN)
    const before = await total()
    const input = rows([['a'], ['b'], ['c'], ['d'], ['e'], ['f']])
    let calls = 0
    const lossy = deps({
      createBatch: async (batch, signal) => {
        // The first batch is created but its answer is lost; the second times out before reaching the server.
        if (++calls === 1) await createClientsBulk(backend.domainId, batch, signal)
        throw new ApiError({ status: 0, kind: calls === 1 ? 'network' : 'timeout', message: 'no answer' })
      },
    })
    const first = await runImport(input, lossy)
    expect(statuses(input, first.outcomes)).toEqual(Array(6).fill('unknown'))
    expect(first.outcomes.get(input[0].id)).toEqual({
      status: 'unknown',
      reason:
        'Cannot reach the server. Check your connection and try again. — the server may have created it; retrying finds out, never creating it twice',
    })
    expect(await total()).toBe(before + 4)

    const retry = await runImport(input, deps())
    expect(statuses(input, retry.outcomes)).toEqual([...Array(4).fill('skipped'), 'created', 'created'])
    // In the dialog, rows left unknown that turn out to exist were created by the first attempt.
    expect(statuses(input, mergeOutcomes(first.outcomes, retry.outcomes))).toEqual(Array(6).fill('created'))
    expect(await total()).toBe(before + 6)
  })

  it('leaves the rows of a 5xx unknown, without splitting the batch', async () => {
    await signInAs(ADMIN)
    backend.faults.set({ errorRate: 1, match: '/clients/bulk' })
    let calls = 0
    const result = await runImport(
      rows([['a'], ['b'], ['c']]),
      deps({ createBatch: (b, signal) => (calls++, createClientsBulk(backend.domainId, b, signal)) }),
    )
    expect(calls).toBe(1)
    expect([...result.outcomes.values()][0]).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/may have created it/) })
  })

  it('stops at once when the user may not create clients', async () => {
    await signInAs('viewer@example.com')
    const result = await runImport(rows([['a'], ['b'], ['c'], ['d'], ['e']]), deps())
    expect(result.fatal).toMatch(/authorization/)
    expect(result.stopped).toBe(true)
  })

  it('stops between batches when cancelled', async () => {
    await signInAs(ADMIN)
    const before = await total()
    let batches = 0
    const result = await runImport(
      rows([['a'], ['b'], ['c'], ['d'], ['e'], ['f']]),
      deps({ batchSize: 2, onProgress: (p) => (batches = p.settled / 2), shouldStop: () => batches >= 1 }),
    )
    expect(result.stopped).toBe(true)
    expect(await total()).toBe(before + 2)
  })

  it('sends nothing more once its signal aborts (the dialog closed), the request under way included', async () => {
    await signInAs(ADMIN)
    const before = await total()
    const abort = new AbortController()
    backend.faults.set({ latencyMs: 50, match: '/clients/bulk' })
    const sent: AbortSignal[] = []
    const run = runImport(
      rows([['a'], ['b'], ['c'], ['d'], ['e'], ['f']]),
      deps({ signal: abort.signal, createBatch: (b, signal) => (sent.push(signal), createClientsBulk(backend.domainId, b, signal)) }),
    )
    abort.abort()
    expect(await run).toMatchObject({ stopped: true })
    expect(sent).toHaveLength(1)
    expect(sent[0].aborted).toBe(true)
    expect(await total()).toBe(before)
  })
})
