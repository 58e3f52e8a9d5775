import { describe, expect, it } from 'vitest'
import { createChannel } from '../../src/api/channels'
import { createClient } from '../../src/api/clients'
import { ZERO_TIME } from '../../src/api/schemas'
import { OPERATOR, signInAs, setupTestBackend } from '../../src/test/backend'
import { CHANNEL_ACTIONS, CLIENT_ACTIONS } from '../db/actions'

const backend = setupTestBackend()

describe('a created client or channel', () => {
  it.each([
    ['client', CLIENT_ACTIONS, () => createClient(backend.domainId, { name: 'Pump 7', tags: ['north'] })],
    ['channel', CHANNEL_ACTIONS, () => createChannel(backend.domainId, { name: 'Pump telemetry', tags: ['north'] })],
  ] as const)('%s gets the built-in admin role, with its creator as member, and a create entry', async (kind, actions, create) => {
    await signInAs(OPERATOR)
    const operator = backend.db.findUserByLogin(OPERATOR)!.id
    const entity = await create()

    expect(backend.db.roles.ofEntity(entity.id)).toEqual([
      {
        id: expect.stringMatching(new RegExp(`^${kind}_\\w{10}$`)),
        name: 'admin',
        entity_id: entity.id,
        entity_type: kind,
        domain_id: backend.domainId,
        actions: [...actions],
        members: [operator],
        created_by: operator,
        created_at: entity.created_at,
        updated_by: '',
        updated_at: ZERO_TIME,
      },
    ])
    const [entry] = backend.db.journal.query({ entityType: kind, entityId: entity.id, dir: 'desc', offset: 0, limit: 1 }).entries
    expect(entry.operation).toBe(`${kind}.create`)
    expect(entry.attributes).toMatchObject({ id: entity.id, name: entity.name, tags: ['north'], status: 'enabled', user_id: operator })
  })
})
