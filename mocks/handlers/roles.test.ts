import { describe, expect, it } from 'vitest'
import { clientRoles } from '../../src/api/roles'
import { session } from '../../src/api/session'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../src/test/backend'
import { CLIENT_ACTIONS } from '../db/actions'
import { TEST_BASE_URL } from '../node'

const backend = setupTestBackend()

type Raw = { status: number; text: string; body: Record<string, unknown> | undefined }

async function call(method: string, path: string, body?: unknown): Promise<Raw> {
  const headers: Record<string, string> = { authorization: `Bearer ${session.accessToken()}` }
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${TEST_BASE_URL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await res.text()
  return { status: res.status, text, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined }
}

const acme = () => backend.domainId
const user = (login: string) => backend.db.findUserByLogin(login)!
/** A seeded client, in seed order (the technician roles sit on the first twelve). */
const seededClient = (index = 100) => [...backend.db.clients.allIn(acme())][index]
const rolesPath = (clientId: string) => `/${acme()}/clients/${clientId}/roles`
const journalOps = (clientId: string) =>
  backend.db.journal.query({ entityType: 'client', entityId: clientId, dir: 'desc', offset: 0, limit: 50 }).entries.map((e) => e.operation)

/** A member of Acme (a domain admin there) other than `except`: someone who may be added to its clients' roles. */
const domainMember = (except?: string) => [user('jane.doe@example.com'), user(OPERATOR)].find((u) => u.id !== except)!

describe('client roles: the built-in admin role', () => {
  it('exists on every seeded client with every action and the creator as its only member', async () => {
    await signInAs(ADMIN)
    const client = seededClient()
    const page = await clientRoles.list(acme(), client.id)
    const admin = page.roles.find((r) => r.name === 'admin')!
    expect(admin).toMatchObject({ entity_id: client.id, created_at: client.created_at, updated_by: '', updated_at: '0001-01-01T00:00:00Z' })
    expect(admin.id).toMatch(/^client_[A-Za-z0-9]+$/)
    expect((await clientRoles.actions(acme(), client.id, admin.id)).actions).toEqual([...CLIENT_ACTIONS])
    const members = await clientRoles.members(acme(), client.id, admin.id)
    expect(members.members).toEqual([admin.created_by])
    // The creator is the user the seed journalled the client's creation for.
    const created = backend.db.journal.query({
      entityType: 'client',
      entityId: client.id,
      operation: 'client.create',
      dir: 'asc',
      offset: 0,
      limit: 1,
    })
    expect(created.entries[0].attributes?.user_id).toBe(admin.created_by)
  })

  it('keeps the twelve seeded technician roles', () => {
    const technicians = [...backend.db.clients.allIn(acme())]
      .flatMap((c) => backend.db.roles.ofEntity(c.id))
      .filter((r) => r.name === 'technician')
    expect(technicians).toHaveLength(12)
  })

  it("gives a client's creator manage_role on it, but not on other clients", async () => {
    const operator = user(OPERATOR)
    const builtins = backend.db.roles.builtins!
    const clients = [...backend.db.clients.allIn(acme())]
    const own = clients.find((c) => builtins.creatorOf(c.id) === operator.id)!
    const foreign = clients.find(
      (c) =>
        builtins.creatorOf(c.id) && builtins.creatorOf(c.id) !== operator.id && !backend.db.roles.memberRolesOn(c.id, operator.id).length,
    )!
    expect(backend.db.access.can(operator.id, acme(), 'client', own.id, 'manage_role')).toBe(true)
    expect(backend.db.access.can(operator.id, acme(), 'client', foreign.id, 'manage_role')).toBe(false)
    await signInAs(OPERATOR)
    expect((await call('POST', rolesPath(foreign.id), { role_name: 'nope' })).status).toBe(403)
    expect((await call('POST', rolesPath(own.id), { role_name: 'mine' })).status).toBe(201)
  })
})

describe('client roles: create, rename, delete', () => {
  it('creates a role with actions and members from role_name, and journals client.role.add', async () => {
    await signInAs(ADMIN)
    const client = seededClient()
    const member = domainMember()
    const res = await call('POST', rolesPath(client.id), {
      role_name: 'auditor',
      optional_actions: ['read', 'view_role_users'],
      optional_members: [member.id],
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      name: 'auditor',
      entity_id: client.id,
      optional_actions: ['read', 'view_role_users'],
      optional_members: [member.id],
      updated_by: '',
    })
    const id = res.body!.id as string
    expect(id).toMatch(/^client_/)
    expect((await clientRoles.get(acme(), client.id, id)).name).toBe('auditor')
    expect((await clientRoles.members(acme(), client.id, id)).members).toEqual([member.id])
    expect(journalOps(client.id)[0]).toBe('client.role.add')
    const entry = backend.db.journal.query({
      entityType: 'client',
      entityId: client.id,
      operation: 'client.role.add',
      dir: 'desc',
      offset: 0,
      limit: 1,
    }).entries[0]
    expect(entry.attributes).toMatchObject({ entity_id: client.id, name: 'auditor', optional_members: [member.id] })
  })

  it('validates the body with the services messages', async () => {
    await signInAs(ADMIN)
    const path = rolesPath(seededClient().id)
    // The spec's `name` is not what the service reads.
    expect(await call('POST', path, { name: 'auditor' })).toMatchObject({ status: 400, body: { message: 'empty role name' } })
    expect(await call('POST', path, { role_name: 'x'.repeat(201) })).toMatchObject({ status: 400, body: { message: 'invalid name size' } })
    expect((await call('POST', path, '{')).status).toBe(400)
  })

  it('answers a duplicate name as the role manager does: 422 failed to create entity', async () => {
    await signInAs(ADMIN)
    const path = rolesPath(seededClient().id)
    expect((await call('POST', path, { role_name: 'auditor' })).status).toBe(201)
    expect(await call('POST', path, { role_name: 'auditor' })).toMatchObject({ status: 422, body: { message: 'failed to create entity' } })
    expect(await call('POST', path, { role_name: 'admin' })).toMatchObject({ status: 422, body: { message: 'failed to create entity' } })
  })

  it('answers an unknown action like the real server: 500 with no body', async () => {
    await signInAs(ADMIN)
    const client = seededClient()
    const res = await call('POST', rolesPath(client.id), { role_name: 'auditor', optional_actions: ['read', 'fly'] })
    expect(res).toMatchObject({ status: 500, text: '' })
    expect(backend.db.roles.ofEntity(client.id).some((r) => r.name === 'auditor')).toBe(false)
  })

  it('refuses members who are not members of the domain (403), unknown users included', async () => {
    await signInAs(ADMIN)
    const path = rolesPath(seededClient().id)
    const outsider = backend.db.users.all().find((u) => u.role === 'user' && !backend.db.access.isDomainMember(u.id, acme()))!
    expect(await call('POST', path, { role_name: 'a', optional_members: [outsider.id] })).toMatchObject({
      status: 403,
      body: { message: 'failed to perform authorization over the entity' },
    })
    expect((await call('POST', path, { role_name: 'b', optional_members: ['00000000-0000-4000-8000-000000000000'] })).status).toBe(403)
  })

  it('renames a role, refusing a name another role has, and journals client.role.update', async () => {
    await signInAs(ADMIN)
    const client = seededClient()
    const role = await clientRoles.create(acme(), client.id, { role_name: 'auditor' })
    const renamed = await clientRoles.rename(acme(), client.id, role.id, 'inspector')
    expect(renamed).toMatchObject({ id: role.id, name: 'inspector', updated_by: user(ADMIN).id })
    expect(renamed.updated_at).not.toBe('0001-01-01T00:00:00Z')
    expect(await call('PUT', `${rolesPath(client.id)}/${role.id}`, { name: 'admin' })).toMatchObject({
      status: 422,
      body: { message: 'update entity failed' },
    })
    expect(await call('PUT', `${rolesPath(client.id)}/${role.id}`, { name: '' })).toMatchObject({
      status: 400,
      body: { message: 'empty role name' },
    })
    expect(journalOps(client.id)[0]).toBe('client.role.update')
  })

  it('deletes a role, built-in admin included, and 404s a role of another client', async () => {
    await signInAs(ADMIN)
    const [a, b] = [seededClient(), seededClient(101)]
    const admin = (await clientRoles.list(acme(), a.id)).roles[0]
    expect((await call('GET', `${rolesPath(b.id)}/${admin.id}`)).status).toBe(404)
    expect((await call('DELETE', `${rolesPath(a.id)}/${admin.id}`)).status).toBe(204)
    expect((await clientRoles.list(acme(), a.id)).total).toBe(0)
    expect(journalOps(a.id)[0]).toBe('client.role.remove')
    expect((await call('GET', `${rolesPath(a.id)}/${admin.id}`)).status).toBe(404)
  })

  it('pages the list oldest first with total, offset and limit always present', async () => {
    await signInAs(ADMIN)
    const client = seededClient()
    for (const name of ['r1', 'r2', 'r3']) await clientRoles.create(acme(), client.id, { role_name: name })
    const res = await call('GET', `${rolesPath(client.id)}?offset=1&limit=2`)
    expect(res.body).toMatchObject({ total: 4, offset: 1, limit: 2 })
    expect((res.body!.roles as { name: string }[]).map((r) => r.name)).toEqual(['r1', 'r2'])
    expect((await call('GET', `${rolesPath(client.id)}?limit=101`)).body).toEqual({ message: 'invalid limit size' })
  })
})

describe('client roles: actions and members', () => {
  it('adds, lists and removes actions; granting one twice is refused (422)', async () => {
    await signInAs(ADMIN)
    const client = seededClient()
    const role = await clientRoles.create(acme(), client.id, { role_name: 'auditor', optional_actions: ['read'] })
    const path = `${rolesPath(client.id)}/${role.id}/actions`
    expect(await call('POST', path, { actions: ['update', 'delete'] })).toMatchObject({
      status: 200,
      body: { actions: ['update', 'delete'] },
    })
    expect(await call('POST', path, { actions: ['read'] })).toMatchObject({ status: 422, body: { message: 'failed to add policies' } })
    expect(await call('POST', path, { actions: [] })).toMatchObject({ status: 400, body: { message: 'missing policy entity type' } })
    expect((await call('POST', path, { actions: ['teleport'] })).status).toBe(500)
    expect((await call('POST', `${path}/delete`, { actions: ['update'] })).status).toBe(204)
    expect((await clientRoles.actions(acme(), client.id, role.id)).actions).toEqual(['read', 'delete'])
    expect((await call('POST', `${path}/delete-all`)).status).toBe(204)
    expect((await clientRoles.actions(acme(), client.id, role.id)).actions).toEqual([])
    expect(journalOps(client.id).slice(0, 4)).toEqual([
      'client.role.actions.remove_all',
      'client.role.actions.remove',
      'client.role.actions.add',
      'client.role.add',
    ])
  })

  it('adds, pages and removes members (user ids only); adding one twice is refused (422)', async () => {
    await signInAs(ADMIN)
    const client = seededClient()
    const members = backend.db.users
      .all()
      .filter((u) => u.role === 'user' && backend.db.access.isDomainMember(u.id, acme()) && !backend.db.roles.heldOn(client.id, u.id))
      .slice(0, 3)
      .map((u) => u.id)
    const role = await clientRoles.create(acme(), client.id, { role_name: 'crew' })
    const path = `${rolesPath(client.id)}/${role.id}/members`
    expect(await call('POST', path, { members })).toMatchObject({ status: 200, body: { members } })
    expect(await call('POST', path, { members: [members[0]] })).toMatchObject({ status: 422, body: { message: 'failed to add policies' } })
    expect(await call('POST', path, { members: [] })).toMatchObject({ status: 400, body: { message: 'empty role members' } })
    expect(await call('GET', `${path}?limit=2&offset=1`)).toMatchObject({
      body: { total: 3, offset: 1, limit: 2, members: members.slice(1) },
    })
    expect((await call('POST', `${path}/delete`, { members: [members[1]] })).status).toBe(204)
    expect((await clientRoles.members(acme(), client.id, role.id)).members).toEqual([members[0], members[2]])
    expect((await call('POST', `${path}/delete-all`)).status).toBe(204)
    expect((await clientRoles.members(acme(), client.id, role.id)).total).toBe(0)
    expect(journalOps(client.id).slice(0, 3)).toEqual([
      'client.role.members.remove_all',
      'client.role.members.remove',
      'client.role.members.add',
    ])
  })

  it('lists the members of the client across its roles, in the shape the service sends', async () => {
    await signInAs(ADMIN)
    const client = seededClient()
    const admin = (await clientRoles.list(acme(), client.id)).roles[0]
    const other = [user('aisha.iyer@example.com')][0]
    // Aisha is not in the domain yet; the viewer domain role gives her a place in it.
    const viewerRole = backend.db.roles.ofEntity(acme()).find((r) => r.name === 'viewer')!
    backend.db.roles.put({ ...viewerRole, members: [...viewerRole.members, other.id] })
    const role = await clientRoles.create(acme(), client.id, {
      role_name: 'crew',
      optional_actions: ['read'],
      optional_members: [other.id],
    })
    const res = await call('GET', `${rolesPath(client.id)}/members?limit=100`)
    expect(res.body).toMatchObject({ offset: 0, limit: 100 })
    type Member = { member_id: string; roles: { role_id: string; role_name: string; actions: string[]; access_type: string }[] }
    const members = res.body!.members as Member[]
    const aisha = members.find((m) => m.member_id === other.id)!
    // Her client role and the domain role that reaches the client, each with its own actions.
    expect(aisha.roles).toEqual([
      { role_id: role.id, role_name: 'crew', actions: ['read'], access_type: 'direct' },
      expect.objectContaining({ role_id: viewerRole.id, role_name: 'viewer', access_type: 'domain', access_provider_id: acme() }),
    ])
    const creator = members.find((m) => m.member_id === admin.created_by)!
    expect(creator.roles[0]).toMatchObject({ role_id: admin.id, role_name: 'admin', access_type: 'direct' })
    // A role filter keeps the members holding it, with all their roles.
    const filtered = await clientRoles.entityMembers(acme(), client.id, { role_id: role.id })
    expect(filtered.members.map((m) => m.member_id)).toEqual([other.id])
    expect(filtered.members[0].roles).toHaveLength(2)
  })

  it('deletes the roles, built-in admin included, with the client', async () => {
    await signInAs(ADMIN)
    const client = seededClient()
    await clientRoles.create(acme(), client.id, { role_name: 'crew' })
    expect((await call('DELETE', `/${acme()}/clients/${client.id}`)).status).toBe(204)
    expect(backend.db.roles.ofEntity(client.id)).toEqual([])
    expect(backend.db.roles.hasRoles(client.id)).toBe(false)
  })
})

describe('client roles: permissions', () => {
  it('lets the read-only viewer see roles and members (client_view_role_users)', async () => {
    await signInAs(VIEWER)
    const client = seededClient()
    const page = await clientRoles.list(acme(), client.id)
    expect(page.total).toBe(1)
    const members = await clientRoles.entityMembers(acme(), client.id, { access_type: 'direct' })
    expect(members.members.map((m) => m.member_id)).toEqual(backend.db.roles.ofEntity(client.id)[0].members)
  })

  it('answers every forced change by the viewer with 403 and the services error body, changing nothing', async () => {
    await signInAs(VIEWER)
    const client = seededClient()
    const admin = backend.db.roles.ofEntity(client.id)[0]
    const role = `${rolesPath(client.id)}/${admin.id}`
    const jane = domainMember().id
    const attempts: [string, string, unknown?][] = [
      ['POST', rolesPath(client.id), { role_name: 'mine' }],
      ['PUT', role, { name: 'mine' }],
      ['DELETE', role],
      ['POST', `${role}/actions`, { actions: ['read'] }],
      ['POST', `${role}/actions/delete`, { actions: ['read'] }],
      ['POST', `${role}/actions/delete-all`],
      ['POST', `${role}/members`, { members: [jane] }],
      ['POST', `${role}/members/delete`, { members: [admin.members[0]] }],
      ['POST', `${role}/members/delete-all`],
    ]
    const journalBefore = backend.db.journal.size
    for (const [method, path, body] of attempts) {
      const res = await call(method, path, body)
      expect(res, `${method} ${path}`).toMatchObject({ status: 403, body: { message: 'failed to perform authorization over the entity' } })
    }
    expect(backend.db.roles.ofEntity(client.id)).toEqual([admin])
    expect(backend.db.journal.size).toBe(journalBefore)
  })

  it('lets the operator add and remove members (client_add/remove_role_users) but not manage roles', async () => {
    await signInAs(OPERATOR)
    const operator = user(OPERATOR)
    const builtins = backend.db.roles.builtins!
    const client = [...backend.db.clients.allIn(acme())].find((c) => builtins.creatorOf(c.id) && builtins.creatorOf(c.id) !== operator.id)!
    const admin = backend.db.roles.ofEntity(client.id)[0]
    const jane = domainMember().id
    expect((await call('POST', `${rolesPath(client.id)}/${admin.id}/members`, { members: [jane] })).status).toBe(200)
    expect((await call('POST', `${rolesPath(client.id)}/${admin.id}/members/delete`, { members: [jane] })).status).toBe(204)
    expect((await call('PUT', `${rolesPath(client.id)}/${admin.id}`, { name: 'boss' })).status).toBe(403)
    expect((await call('POST', `${rolesPath(client.id)}/${admin.id}/actions/delete-all`)).status).toBe(403)
  })

  it('answers an unknown client with 403 (authorization comes first), 404 to a super-admin, and 401 without a token', async () => {
    await signInAs(VIEWER)
    expect((await call('GET', rolesPath('00000000-0000-4000-8000-000000000000'))).status).toBe(403)
    await signInAs(ADMIN)
    expect((await call('GET', rolesPath('00000000-0000-4000-8000-000000000000'))).status).toBe(404)
    session.signOut()
    expect((await call('GET', rolesPath(seededClient().id))).status).toBe(401)
  })

  it('serves the available actions to any member of the domain', async () => {
    await signInAs(VIEWER)
    expect((await clientRoles.availableActions(acme())).available_actions).toEqual([...CLIENT_ACTIONS])
  })
})
