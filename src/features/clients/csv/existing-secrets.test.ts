import { describe, expect, it } from 'vitest'
import { createClient, createClientsBulk } from '../../../api/clients'
import { OPERATOR, setupTestBackend, signInAs } from '../../../test/backend'
import { toClientCreate, validateRows } from './client-csv'
import { markExistingSecrets } from './existing-secrets'
import { rowIds } from './row-ids'

const backend = setupTestBackend()

describe('markExistingSecrets', () => {
  it('tells a row created by an earlier import of the file (same id) from a clash with another client', async () => {
    // A domain member: the list answers carry secrets.
    await signInAs(OPERATOR)
    await createClient(backend.domainId, { name: 'someone else', credentials: { secret: 'taken' } })
    const file = [
      ['pump', 'pump-secret'],
      ['valve', 'taken'],
      ['fan', 'fan-secret'],
    ]
    const parse = () => validateRows(file, 2, new Map(), rowIds(backend.domainId))
    // The first run created the pump, then the tab was closed.
    await createClientsBulk(backend.domainId, [toClientCreate(parse()[0])])

    const rows = parse()
    const check = await markExistingSecrets(backend.domainId, rows, new AbortController().signal)
    expect(check).toMatchObject({ checked: true, clashes: 1 })
    expect(rows.map((r) => [r.name, r.alreadyCreated, r.problems])).toEqual([
      ['pump', true, []],
      ['valve', false, ['Secret already used by the existing client “someone else”']],
      ['fan', false, []],
    ])
  })
})
