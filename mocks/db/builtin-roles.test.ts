import { describe, expect, it } from 'vitest'
import { createMockBackend, type Overlay } from '../backend'
import { CLIENT_ACTIONS } from './actions'
import { BuiltinAdminRoles } from './builtin-roles'
import { seedDatabase } from '../seed/generate'
import { Database } from './database'

const ANCHOR = Date.parse('2026-11-01T12:00:00Z')

function seeded() {
  const db = new Database()
  seedDatabase(db, { anchor: ANCHOR })
  const acme = db.domains.all().find((d) => d.route === 'acme')!
  return { db, clients: [...db.clients.allIn(acme.id)] }
}

const overlayOf = (db: Database): Overlay => ({ changes: db.changes.toJSON(), journal: [] })
const reload = (overlay: Overlay) => createMockBackend({ baseUrl: 'http://localhost/none', seed: { anchor: ANCHOR }, overlay }).db

describe('built-in admin roles of seeded clients', () => {
  it('are built identically whichever way they are first reached, and reading them persists nothing', () => {
    const a = seeded()
    const b = seeded()
    const client = a.clients[40]
    const viaEntity = a.db.roles.ofEntity(client.id).find((r) => r.name === 'admin')!
    const viaId = b.db.roles.get(viaEntity.id)!
    expect(viaId).toEqual(viaEntity)
    expect(viaEntity).toMatchObject({
      entity_id: client.id,
      domain_id: client.domain_id,
      created_at: client.created_at,
      actions: [...CLIENT_ACTIONS],
    })
    expect(viaEntity.members).toEqual([viaEntity.created_by])
    expect(a.db.changes.entries()).toEqual([])
  })

  it('survive a reload with their changes', () => {
    const { db, clients } = seeded()
    const client = clients[41]
    const admin = db.roles.ofEntity(client.id)[0]
    db.roles.put({ ...admin, name: 'owners', members: [...admin.members, 'someone'] })
    const after = reload(overlayOf(db))
    expect(after.roles.ofEntity(client.id)).toEqual([{ ...admin, name: 'owners', members: [...admin.members, 'someone'] }])
    expect(after.roles.memberRolesOn(client.id, 'someone')).toHaveLength(1)
  })

  it('stay deleted after a reload, whether or not they were built before the deletion', () => {
    const { db, clients } = seeded()
    const [built, pending] = [clients[42], clients[43]]
    const builtId = db.roles.ofEntity(built.id)[0].id
    db.roles.remove(builtId)
    db.roles.remove(db.roles.builtins!.idFor(pending.id)!)
    expect(db.roles.ofEntity(pending.id)).toEqual([])
    const after = reload(overlayOf(db))
    expect(after.roles.ofEntity(built.id)).toEqual([])
    expect(after.roles.ofEntity(pending.id)).toEqual([])
    expect(after.roles.get(builtId)).toBeUndefined()
  })

  it('go with their client', () => {
    const { db, clients } = seeded()
    const client = clients[44]
    db.roles.removeEntity(client.id)
    db.clients.remove(client.id)
    const after = reload(overlayOf(db))
    expect(after.roles.hasRoles(client.id)).toBe(false)
  })

  it('count for access without being stored for every client listed', () => {
    const { db, clients } = seeded()
    const client = clients.find((c) => db.roles.builtins!.creatorOf(c.id) === db.findUserByLogin('omar.haddad@example.com')!.id)!
    const creator = db.roles.builtins!.creatorOf(client.id)!
    const stranger = clients.find((c) => db.roles.builtins!.creatorOf(c.id) !== creator)!
    expect(db.access.entity(creator, client.domain_id!, 'client', stranger.id).actions.has('manage_role')).toBe(false)
    // Asking for a non-creator's access leaves the pending role unbuilt.
    expect(db.roles.builtins!.has(stranger.id)).toBe(true)
    expect(db.access.entity(creator, client.domain_id!, 'client', client.id).actions.has('manage_role')).toBe(true)
  })
})

describe('BuiltinAdminRoles', () => {
  const [a, b, c, d] = ['1', '2', '3', '4'].map((n) => `0000000${n}-0000-4000-8000-00000000000${n}`)
  const entities = new Map([a, b, c, d].map((id) => [id, { domain_id: 'dom', created_at: `2026-01-0${id[7]}T00:00:00Z` }]))

  it('knows entities added before and after its first read, and forgets dropped ones', () => {
    const roles = new BuiltinAdminRoles('client', ['read'], (id) => entities.get(id))
    roles.add(a, 'u1')
    roles.add(b, 'u2')
    roles.add(c, 'u1')
    roles.drop(b)
    expect(roles.has(b)).toBe(false)
    expect(roles.creatorOf(a)).toBe('u1')
    roles.add(d, 'u1')
    roles.add(b, 'u3')
    expect(roles.entitiesOf('u1')).toEqual([a, c, d])
    expect(roles.entityOf(roles.idFor(b)!)).toBe(b)
    expect(roles.build(d)).toMatchObject({ entity_id: d, members: ['u1'], created_at: '2026-01-04T00:00:00Z' })
    roles.drop(d)
    expect(roles.entityOf(roles.idFor(d)!)).toBeUndefined()
    expect(roles.build(d)).toBeUndefined()
  })
})
