import { describe, expect, it } from 'vitest'
import { entitiesOf, entityPath } from './entry-links'

const at = '2026-11-01T12:00:00Z'

describe('entitiesOf', () => {
  it('finds a client, in the domain the event names', () => {
    const refs = entitiesOf({ operation: 'client.update', occurred_at: at, attributes: { id: 'c1', domain: 'd2' } }, 'd1')
    expect(refs).toEqual([{ kind: 'client', domainId: 'd2', id: 'c1' }])
    expect(entityPath(refs[0], 'd1')).toBe('/d2/clients/c1')
  })

  it('finds a role by `id` in its own events and by `role_id` in the others, with the client it belongs to', () => {
    const added = entitiesOf({ operation: 'client.role.add', occurred_at: at, attributes: { id: 'r1', entity_id: 'c1' } }, 'd1')
    const members = entitiesOf(
      { operation: 'client.role.members.add', occurred_at: at, attributes: { role_id: 'r1', entity_id: 'c1' } },
      'd1',
    )
    const role = { kind: 'role', domainId: 'd1', clientId: 'c1', id: 'r1' }
    expect(added).toEqual([{ kind: 'client', domainId: 'd1', id: 'c1' }, role])
    expect(members).toEqual(added)
    expect(entityPath(added[1], 'd1')).toBe('/d1/clients/c1/roles/r1')
  })

  it('finds every channel and client of a connection, and a user', () => {
    const refs = entitiesOf(
      { operation: 'channel.connect', occurred_at: at, attributes: { channel_ids: ['h1'], client_ids: ['c1', 'c2', 3] } },
      'd1',
    )
    expect(refs.map((r) => `${r.kind}:${r.id}`)).toEqual(['channel:h1', 'client:c1', 'client:c2'])
    const user = entitiesOf({ operation: 'user.update', occurred_at: at, attributes: { id: 'u1' } }, 'd1')
    expect(entityPath(user[0], 'd1')).toBe('/d1/audit-logs?type=user&id=u1')
  })

  it('finds nothing it cannot open: groups, domains, entries without ids', () => {
    expect(entitiesOf({ operation: 'group.update', occurred_at: at, attributes: { id: 'g1' } }, 'd1')).toEqual([])
    expect(entitiesOf({ operation: 'domain.update', occurred_at: at, attributes: { id: 'd1' } }, 'd1')).toEqual([])
    expect(entitiesOf({ operation: 'client.update', occurred_at: at }, 'd1')).toEqual([])
  })
})
