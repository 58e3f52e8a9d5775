import { describe, expect, it } from 'vitest'
import { createClient, createClientsBulk } from '../../../api/clients'
import { ADMIN, OPERATOR, setupTestBackend, signInAs } from '../../../test/backend'
import { fileContext, toClientCreate, validateRows } from './client-csv'
import { checkExistingClients } from './existing-clients'
import { rowIds } from './row-ids'

const backend = setupTestBackend()

const FILE = [
  ['pump', 'pump-secret'],
  ['valve', 'taken'],
  ['fan', ''],
  ['fan', ''],
]

/** The file read afresh, as after a closed tab: nothing remembered but the file. */
const parse = () => validateRows(FILE, 2, fileContext(rowIds(backend.domainId)))

/** The first import of the file created the pump and the first fan, then the tab was closed. */
async function firstRun() {
  await createClient(backend.domainId, { name: 'someone else', credentials: { secret: 'taken' } })
  const [pump, , fan] = parse()
  await createClientsBulk(backend.domainId, [toClientCreate(pump), toClientCreate(fan)])
}

describe('checkExistingClients', () => {
  it('marks rows created by an earlier import of the file to skip, and rows whose secret another client uses', async () => {
    // A domain member: the list answers carry secrets.
    await signInAs(OPERATOR)
    await firstRun()
    const rows = parse()
    const check = await checkExistingClients(backend.domainId, rows, new AbortController().signal)
    expect(check).toMatchObject({ checked: true, secrets: true, clashes: 1, found: 2 })
    expect(rows.map((r) => [r.name, r.alreadyCreated, r.problems])).toEqual([
      ['pump', true, []],
      ['valve', false, ['Secret already used by the existing client “someone else”']],
      ['fan', true, []],
      ['fan', false, []],
    ])
  })

  it('finds rows created before even where secrets are not listed (a super-admin)', async () => {
    await signInAs(ADMIN)
    await firstRun()
    const rows = parse()
    const check = await checkExistingClients(backend.domainId, rows, new AbortController().signal)
    expect(check).toMatchObject({ checked: true, secrets: false, clashes: 0, found: 2 })
    expect(rows.map((r) => r.alreadyCreated)).toEqual([true, false, true, false])
  })
})
