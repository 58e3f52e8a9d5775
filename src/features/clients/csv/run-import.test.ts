import { describe, expect, it } from 'vitest'
import { createClient, createClientsBulk, getClient, listClients } from '../../../api/clients'
import { isApiError } from '../../../api/errors'
import { ADMIN, signInAs, setupTestBackend } from '../../../test/backend'
import { validateRows, type ImportRow } from './client-csv'
import { runImport, type ImportDeps } from './run-import'

const backend = setupTestBackend()

function rows(cells: string[][]): ImportRow[] {
  return validateRows(cells, 2, new Map(), () => crypto.randomUUID())
}

function deps(overrides: Partial<ImportDeps> = {}): ImportDeps {
  return {
    createBatch: (batch) => createClientsBulk(backend.domainId, batch),
    exists: async (id) => {
      try {
        await getClient(backend.domainId, id)
        return true
      } catch (error) {
        if (isApiError(error) && error.isNotFound) return false
        throw error
      }
    },
    onProgress: () => {},
    shouldStop: () => false,
    batchSize: 4,
    ...overrides,
  }
}

const total = async () => (await listClients(backend.domainId, { status: 'all', limit: 1 })).total

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

  it('leaves rows of a failed server call to retry, and a retry never creates a row twice', async () => {
    await signInAs(ADMIN)
    const before = await total()
    const input = rows([['a'], ['b'], ['c'], ['d'], ['e'], ['f']])
    let calls = 0
    const flaky = deps({
      createBatch: async (batch) => {
        // The first batch is created but its answer is lost; the second fails outright.
        calls++
        const response = await createClientsBulk(backend.domainId, calls === 2 ? [] : batch).catch((error) => error)
        if (calls <= 2) throw Object.assign(new Error('network error'), { isRetryable: true })
        if (response instanceof Error) throw response
      },
    })
    const first = await runImport(input, flaky)
    expect([...first.outcomes.values()].every((o) => o.status === 'failed')).toBe(true)
    expect(await total()).toBe(before + 4)

    const retry = await runImport(input, deps())
    expect([...retry.outcomes.values()].every((o) => o.status === 'created')).toBe(true)
    expect(await total()).toBe(before + 6)
  })

  it('marks rows of a 5xx as failed and retryable without splitting', async () => {
    await signInAs(ADMIN)
    backend.faults.set({ errorRate: 1, match: '/clients/bulk' })
    let calls = 0
    const result = await runImport(
      rows([['a'], ['b'], ['c']]),
      deps({ createBatch: (b) => (calls++, createClientsBulk(backend.domainId, b)) }),
    )
    expect(calls).toBe(1)
    expect([...result.outcomes.values()][0]).toEqual({
      status: 'failed',
      reason: 'The server had an internal error — nothing was created for this row; retry it',
    })
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
})
