import { describe, expect, it } from 'vitest'
import {
  createClient,
  createClientsBulk,
  deleteClient,
  setClientEnabled,
  updateClient,
  updateClientSecret,
  updateClientTags,
} from '../../src/api/clients'
import { createChannel } from '../../src/api/channels'
import { refreshSession } from '../../src/api/http'
import type { JournalEntry } from '../../src/api/schemas'
import { session } from '../../src/api/session'
import { OPERATOR, signInAs, setupTestBackend } from '../../src/test/backend'

const backend = setupTestBackend()

/** Every secret the steps below send; none may reach the journal. */
const SECRETS = ['create-secret-4f1c', 'bulk-secret-a7', 'bulk-secret-b9', 'rotated-secret-77e2', 'wifi-hunter2']

function latest(entityId: string, type: 'client' | 'channel' = 'client'): JournalEntry {
  return backend.db.journal.query({ entityType: type, entityId, dir: 'desc', offset: 0, limit: 1 }).entries[0]
}

function everything(): string {
  return JSON.stringify([...backend.db.journal.all()])
}

describe('every mutation leaves a journal entry with the acting user and no secret', () => {
  it('walks the clients service: create, bulk, update, tags, secret, disable, enable, delete', async () => {
    await signInAs(OPERATOR)
    const operatorId = backend.db.findUserByLogin(OPERATOR)!.id
    const domainId = backend.domainId
    const expectEntry = (entityId: string, operation: string, extra: Record<string, unknown> = {}) => {
      const entry = latest(entityId)
      expect(entry.operation, `journal entry after ${operation}`).toBe(operation)
      expect(entry.attributes).toMatchObject({ id: entityId, user_id: operatorId, domain: domainId, ...extra })
      return entry
    }

    const client = await createClient(domainId, {
      name: 'Audit probe',
      tags: ['probe'],
      credentials: { identity: 'audit-probe', secret: SECRETS[0] },
      metadata: { site: 'lab', wifi_password: SECRETS[4] },
    })
    const created = expectEntry(client.id, 'client.create', { name: 'Audit probe', tags: ['probe'] })
    expect(created.metadata).toEqual({ site: 'lab' })

    const bulk = await createClientsBulk(domainId, [
      { name: 'Bulk A', credentials: { secret: SECRETS[1] } },
      { name: 'Bulk B', credentials: { secret: SECRETS[2] } },
    ])
    for (const row of bulk.clients) expectEntry(row.id, 'client.create', { name: row.name })

    await updateClient(domainId, client.id, { name: 'Audit probe 2', metadata: { site: 'plant' } })
    const updated = expectEntry(client.id, 'client.update', { name: 'Audit probe 2' })
    expect(updated.attributes?.changed).toEqual(['name', 'metadata'])
    expect(updated.metadata).toEqual({ site: 'plant' })

    await updateClientTags(domainId, client.id, ['probe', 'lab'])
    expectEntry(client.id, 'client.update_tags', { tags: ['probe', 'lab'] })

    await updateClientSecret(domainId, client.id, SECRETS[3])
    expectEntry(client.id, 'client.update_secret')

    await setClientEnabled(domainId, client.id, false)
    expectEntry(client.id, 'client.disable', { status: 'disabled' })
    await setClientEnabled(domainId, client.id, true)
    expectEntry(client.id, 'client.enable', { status: 'enabled' })

    await deleteClient(domainId, client.id)
    expectEntry(client.id, 'client.remove')

    const journal = everything()
    for (const secret of SECRETS) expect(journal, `secret ${secret} in the journal`).not.toContain(secret)
  })

  it('journals signing in and refreshing the session, never the tokens', async () => {
    await signInAs(OPERATOR)
    const operatorId = backend.db.findUserByLogin(OPERATOR)!.id
    const refreshToken = session.refreshToken()!
    expect(await refreshSession()).toBe('refreshed')
    const ops = backend.db.journal
      .query({ entityType: 'user', entityId: operatorId, dir: 'desc', offset: 0, limit: 2 })
      .entries.map((e) => e.operation)
    expect(ops).toEqual(['user.refresh_token', 'user.issue_token'])
    expect(everything()).not.toContain(refreshToken)
    expect(everything()).not.toContain(session.accessToken()!)
  })

  it('journals channel creation by its creator', async () => {
    await signInAs(OPERATOR)
    const channel = await createChannel(backend.domainId, { name: 'Audit channel', metadata: { api_secret: 'chan-secret-1' } })
    const entry = latest(channel.id, 'channel')
    expect(entry.operation).toBe('channel.create')
    expect(entry.attributes?.user_id).toBe(backend.db.findUserByLogin(OPERATOR)!.id)
    expect(everything()).not.toContain('chan-secret-1')
  })
})
