import { describe, expect, it } from 'vitest'
import { session } from '../../src/api/session'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../src/test/backend'
import { TEST_BASE_URL } from '../node'

/**
 * Issue 18: what the real services (Magistrala v0.30.0, bootstrap v0.20.0) do that the mock did not.
 * One `describe` per point of the issue, named after it; raw requests, so the wire format is what is
 * checked, not what the console's schemas make of it.
 */
const backend = setupTestBackend()

/** Raw JSON, read field by field. */
type Raw = { status: number; text: string; body: any }

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Raw> {
  const res = await fetch(`${TEST_BASE_URL}${path}`, {
    method,
    headers: {
      ...(session.accessToken() ? { authorization: `Bearer ${session.accessToken()}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, text, body: text ? JSON.parse(text) : undefined }
}

const acme = () => backend.domainId
const farms = () => backend.db.domains.all().find((d) => d.route === 'greenfield')!.id
const user = (login: string) => backend.db.findUserByLogin(login)!
const groupNamed = (name: string) => [...backend.db.groups.allIn(acme())].find((g) => g.name === name)!
const clientIn = (groupName: string) => [...backend.db.clients.allIn(acme())].find((c) => c.parent_group_id === groupNamed(groupName).id)!
const FATIMA = 'fatima.ali@example.com'
const JANE_SHARMA = 'jane.sharma@example.com'
const OUTSIDER = 'aisha.iyer@example.com'
const UNKNOWN = '00000000-0000-4000-8000-000000000000'

describe('Groups: description is a nullable value; a group created without one comes back as "description": null', () => {
  it('sends null for the areas created without one and the text for the sites', async () => {
    await signInAs(ADMIN)
    const res = await call('GET', `/${acme()}/groups?limit=100`)
    const byName = new Map((res.body.groups as { name: string }[]).map((g) => [g.name, g]))
    expect(byName.get('Production')).toHaveProperty('description', null)
    expect(byName.get('Line 1')).toHaveProperty('description', 'Devices at Line 1')
    const one = await call('GET', `/${acme()}/groups/${groupNamed('Logistics').id}`)
    expect(one.body).toHaveProperty('description', null)
  })

  it('leaves out what Go omits: metadata of channels created without it, tags and metadata of bare clients', async () => {
    await signInAs(ADMIN)
    const channels = (await call('GET', `/${acme()}/channels?limit=100`)).body.channels as Record<string, unknown>[]
    expect(channels.find((c) => c.name === 'Alerts')).not.toHaveProperty('metadata')
    expect(channels.find((c) => String(c.name).endsWith('Telemetry'))).toHaveProperty('metadata')
    const clients = (await call('GET', `/${farms()}/clients?limit=100&status=all`)).body.clients as Record<string, unknown>[]
    const bare = clients.filter((c) => !('tags' in c) && !('metadata' in c))
    expect(bare.length).toBeGreaterThan(0)
    expect(clients.some((c) => 'tags' in c)).toBe(true)
    // listCertsRes: an empty page carries neither offset nor certificates.
    expect((await call('GET', `/${acme()}/certs?entity_id=${UNKNOWN}`)).body).toEqual({ total: 0, limit: 10 })
  })
})

describe('Certificate renew issues a new key pair and returns it; the renewed serial is not linked to the client', () => {
  it('answers certs.Certificate itself: PEM fields base64-encoded, no entity, 30 days; the old one stays', async () => {
    await signInAs(OPERATOR)
    const client = [...backend.db.clients.allIn(acme())].find((c) => c.status === 'enabled')!
    const issued = await call('POST', `/${acme()}/certs/issue/${client.id}`, { ttl: '8760h', options: { common_name: 'renew-me' } })
    expect(issued.status).toBe(201)
    const renewed = await call('PATCH', `/${acme()}/certs/${issued.body.serial_number}/renew`)
    expect(renewed.status).toBe(200)
    const cert = renewed.body.certificate
    expect(cert.serial_number).not.toBe(issued.body.serial_number)
    expect(atob(cert.certificate)).toMatch(/^-----BEGIN CERTIFICATE-----/)
    expect(atob(cert.key)).toMatch(/^-----BEGIN EC PRIVATE KEY-----/)
    expect(cert).toMatchObject({ entity_id: '', revoked: false })
    expect(Math.round((Date.parse(cert.expiry_time) - Date.now()) / 86_400_000)).toBe(30)
    const listed = (await call('GET', `/${acme()}/certs?entity_id=${client.id}&limit=100`)).body.certificates as {
      serial_number: string
      revoked: boolean
    }[]
    expect(listed).toContainEqual(expect.objectContaining({ serial_number: issued.body.serial_number, revoked: false }))
    expect(listed.map((c) => c.serial_number)).not.toContain(cert.serial_number)
  })
})

describe('The member picker pool (GET /domains/{domainID}/roles/members) needs view_role_users on the domain', () => {
  it('refuses the operator and the viewer with 403, and answers a domain admin', async () => {
    for (const login of [OPERATOR, VIEWER]) {
      await signInAs(login)
      expect(await call('GET', `/domains/${acme()}/roles/members`), login).toMatchObject({
        status: 403,
        body: { message: 'failed to perform authorization over the entity' },
      })
    }
    await signInAs('jane.doe@example.com')
    const page = await call('GET', `/domains/${acme()}/roles/members?limit=100`)
    expect(page.status).toBe(200)
    expect(page.body.members.map((m: { member_id: string }) => m.member_id)).toContain(user(OPERATOR).id)
  })

  it("leaves the operator the client's own members list, which carries the domain members with client rights", async () => {
    await signInAs(OPERATOR)
    const client = [...backend.db.clients.allIn(acme())][100]
    const page = await call('GET', `/${acme()}/clients/${client.id}/roles/members?limit=100&access_type=domain`)
    expect(page.status).toBe(200)
    expect(page.body.members.map((m: { member_id: string }) => m.member_id)).toEqual(
      expect.arrayContaining([user(OPERATOR).id, user(VIEWER).id, user('jane.doe@example.com').id]),
    )
  })
})

describe("Rights can come from groups: a client's ?roles=true answer carries roles inherited from its parent groups (client_* / subgroup_client_*)", () => {
  it('lists a parent-group role as direct_group, with its stored client_* actions, and honours them', async () => {
    await signInAs(FATIMA)
    const client = clientIn('Cold Room')
    const view = await call('GET', `/${acme()}/clients/${client.id}?roles=true`)
    expect(view.body.member_id).toBe(user(FATIMA).id)
    const group = view.body.roles.find((r: { access_type: string }) => r.access_type === 'direct_group')
    expect(group).toMatchObject({
      role_name: 'cold-chain technician',
      access_provider_id: groupNamed('Cold Room').id,
      access_provider_path: groupNamed('Cold Room').path,
    })
    expect(group.actions).toContain('client_update')
    expect(view.body.roles.find((r: { access_type: string }) => r.access_type === 'domain')).toMatchObject({ role_name: 'viewer' })
    // client_update on the parent group is update on the client; elsewhere, the viewer stays read-only.
    expect((await call('PATCH', `/${acme()}/clients/${client.id}`, { name: 'Cold sensor' })).status).toBe(200)
    expect((await call('PATCH', `/${acme()}/clients/${clientIn('Line 1').id}`, { name: 'x' })).status).toBe(403)
  })

  it('lists a role further up as indirect_group (subgroup_client_*), also in list rows', async () => {
    await signInAs(JANE_SHARMA)
    const client = clientIn('Warehouse 2')
    const view = await call('GET', `/${acme()}/clients/${client.id}?roles=true`)
    expect(view.body.roles.find((r: { access_type: string }) => r.access_type === 'indirect_group')).toMatchObject({
      role_name: 'logistics lead',
      access_provider_id: groupNamed('Logistics').id,
    })
    const rows = (await call('GET', `/${acme()}/clients?group=${groupNamed('Warehouse 2').id}&limit=5`)).body.clients
    expect(rows[0]).toMatchObject({ access_type: 'indirect_group', access_provider_role_name: 'logistics lead' })
    expect(rows[0]).not.toHaveProperty('actions')
    expect(rows[0].access_provider_role_actions).toContain('subgroup_client_add_role_users')
    // subgroup_client_add_role_users on Logistics: adding members to the client's roles.
    const admin = backend.db.roles.ofEntity(client.id)[0]
    const add = await call('POST', `/${acme()}/clients/${client.id}/roles/${admin.id}/members`, { members: [user(OPERATOR).id] })
    expect(add.status).toBe(200)
  })

  it('answers 404 when no role reaches the caller: the roles are joined to the client (a super-admin without domain roles)', async () => {
    await signInAs(ADMIN)
    const client = [...backend.db.clients.allIn(acme())][3]
    for (const role of backend.db.roles.ofEntity(acme())) {
      backend.db.roles.put({ ...role, members: role.members.filter((m) => m !== user(ADMIN).id) })
    }
    expect((await call('GET', `/${acme()}/clients/${client.id}?roles=true`)).status).toBe(404)
    expect((await call('GET', `/${acme()}/clients/${client.id}`)).status).toBe(200)
  })
})

describe('Certs: issue, renew and list need domain membership only; revoke and delete need domain admin; a refusal is a 500 with a message', () => {
  it('lets the read-only member issue and renew, and refuses the operator revoking (500, with the message)', async () => {
    await signInAs(VIEWER)
    const client = [...backend.db.clients.allIn(acme())][0]
    const issued = await call('POST', `/${acme()}/certs/issue/${client.id}`, { options: { common_name: 'viewer-made' } })
    expect(issued.status).toBe(201)
    expect((await call('PATCH', `/${acme()}/certs/${issued.body.serial_number}/renew`)).status).toBe(200)
    expect((await call('GET', `/${acme()}/certs?entity_id=${client.id}`)).status).toBe(200)
    await signInAs(OPERATOR)
    for (const [method, path] of [
      ['PATCH', `/${acme()}/certs/${issued.body.serial_number}/revoke`],
      ['DELETE', `/${acme()}/certs/${client.id}/delete`],
    ]) {
      expect(await call(method, path), path).toMatchObject({
        status: 500,
        body: { message: 'failed to perform authorization over the entity' },
      })
    }
    await signInAs('jane.doe@example.com')
    expect((await call('PATCH', `/${acme()}/certs/${issued.body.serial_number}/revoke`)).status).toBe(204)
  })
})

describe('Journal: GET /{domainID}/journal/group/{id} is allowed with read permission on the group', () => {
  it('answers the operator (group_read from the domain) and the area lead (subgroup_read), not someone outside', async () => {
    for (const login of [OPERATOR, JANE_SHARMA]) {
      await signInAs(login)
      expect((await call('GET', `/${acme()}/journal/group/${groupNamed('Cold Room').id}`)).status, login).toBe(200)
    }
    await signInAs(OPERATOR)
    expect((await call('GET', `/${acme()}/journal/group/${UNKNOWN}`)).status).toBe(403)
  })
})

describe('Unknown or other-domain entities: authorization runs first, so non-super-admins get 403, not 404', () => {
  it('answers 403 for an unknown or foreign client, channel and group, and 404 to the super-admin', async () => {
    const foreign = [...backend.db.clients.allIn(farms())][0].id
    const paths = [
      `/${acme()}/clients/${UNKNOWN}`,
      `/${acme()}/clients/${foreign}`,
      `/${acme()}/channels/${UNKNOWN}`,
      `/${acme()}/groups/${UNKNOWN}`,
      `/${acme()}/clients/${UNKNOWN}/roles`,
      `/${acme()}/journal/client/${UNKNOWN}/telemetry`,
    ]
    await signInAs(OPERATOR)
    for (const path of paths) expect((await call('GET', path)).status, path).toBe(403)
    expect(
      (await call('POST', `/${acme()}/channels/connect`, { channel_ids: [UNKNOWN], client_ids: [UNKNOWN], types: ['publish'] })).status,
    ).toBe(403)
    await signInAs(ADMIN)
    for (const path of paths) expect((await call('GET', path)).status, path).toBe(404)
  })
})

describe('Bootstrap v0.20.0: listing configs as a non-admin, changing state without a right, an unknown client_id', () => {
  const configs = () => `/${acme()}/clients/configs`
  const channel = () => [...backend.db.channels.allIn(acme())].find((c) => c.status === 'enabled')!.id

  it('refuses the list to anyone but a domain admin: 400 malformed entity specification', async () => {
    await signInAs(OPERATOR)
    expect(await call('GET', configs())).toMatchObject({ status: 400, body: { message: 'malformed entity specification' } })
    await signInAs('jane.doe@example.com')
    expect((await call('GET', configs())).body.total).toBeGreaterThan(0)
  })

  it('changes state without checking rights: 404 unknown, 200 when unchanged, 500 when the connect is refused', async () => {
    await signInAs(VIEWER)
    const active = backend.db.bootstraps.allIn(acme()).find((c) => c.state === 1)!
    const inactive = backend.db.bootstraps.allIn(acme()).find((c) => c.state === 0)!
    expect((await call('PUT', `/${acme()}/clients/state/${UNKNOWN}`, { state: 1 })).status).toBe(404)
    expect((await call('PUT', `/${acme()}/clients/state/${active.id}`, { state: 1 })).status).toBe(200)
    expect(await call('PUT', `/${acme()}/clients/state/${inactive.id}`, { state: 1 })).toMatchObject({ status: 500, text: '' })
    expect(backend.db.bootstraps.get(inactive.id)?.state).toBe(0)
  })

  it('answers an unknown client_id with an empty 500 (the SDK error is wrapped untyped)', async () => {
    await signInAs(ADMIN)
    const res = await call('POST', configs(), { client_id: UNKNOWN, external_id: 'x-1', external_key: 'k', channels: [channel()] })
    expect(res).toMatchObject({ status: 500, text: '' })
  })
})

describe('One role per member per entity: UNIQUE(member_id, entity_id); a second role fails with 422 "failed to create entity"', () => {
  it('refuses to add someone who holds another role on the client, or to create a role with them', async () => {
    await signInAs(ADMIN)
    const client = [...backend.db.clients.allIn(acme())][100]
    const [admin] = backend.db.roles.ofEntity(client.id)
    const holder = admin.members[0]
    const created = await call('POST', `/${acme()}/clients/${client.id}/roles`, { role_name: 'crew', optional_actions: ['read'] })
    expect(await call('POST', `/${acme()}/clients/${client.id}/roles/${created.body.id}/members`, { members: [holder] })).toMatchObject({
      status: 422,
      body: { message: 'failed to create entity' },
    })
    expect(await call('POST', `/${acme()}/clients/${client.id}/roles`, { role_name: 'crew 2', optional_members: [holder] })).toMatchObject({
      status: 422,
      body: { message: 'failed to create entity' },
    })
    expect(backend.db.roles.memberRolesOn(client.id, holder).map((r) => r.id)).toEqual([admin.id])
  })

  it('holds in the seed: nobody has two roles on one client or group', () => {
    const entities = [...backend.db.clients.allIn(acme())].map((c) => c.id).concat([...backend.db.groups.allIn(acme())].map((g) => g.id))
    for (const id of entities) {
      const members = backend.db.roles.ofEntity(id).flatMap((r) => r.members)
      expect(new Set(members).size, id).toBe(members.length)
    }
  })
})

describe('Conflicts in the roles repository surface as 422, not 400; a duplicate bootstrap external_id is 422 too', () => {
  it('answers each with the message the service wraps it in', async () => {
    await signInAs(ADMIN)
    const client = [...backend.db.clients.allIn(acme())][100]
    const base = `/${acme()}/clients/${client.id}/roles`
    const role = (await call('POST', base, { role_name: 'crew', optional_actions: ['read'] })).body
    expect(await call('POST', base, { role_name: 'crew' })).toMatchObject({ status: 422, body: { message: 'failed to create entity' } })
    expect(await call('PUT', `${base}/${role.id}`, { name: 'admin' })).toMatchObject({
      status: 422,
      body: { message: 'update entity failed' },
    })
    expect(await call('POST', `${base}/${role.id}/actions`, { actions: ['read'] })).toMatchObject({
      status: 422,
      body: { message: 'failed to add policies' },
    })
    const member = user(OPERATOR).id
    await call('POST', `${base}/${role.id}/members`, { members: [member] })
    expect(await call('POST', `${base}/${role.id}/members`, { members: [member] })).toMatchObject({
      status: 422,
      body: { message: 'failed to add policies' },
    })
    const taken = backend.db.bootstraps.allIn(acme())[0].external_id
    const channel = [...backend.db.channels.allIn(acme())].find((c) => c.status === 'enabled')!.id
    expect(await call('POST', `/${acme()}/clients/configs`, { external_id: taken, external_key: 'k', channels: [channel] })).toMatchObject({
      status: 422,
      body: { message: 'failed to add bootstrap configuration' },
    })
  })
})

describe('GET …/clients/{id}/roles/members also returns group-inherited and domain roles, and leaves out client roles with no actions', () => {
  it('lists every way in, with where each role lives', async () => {
    await signInAs(ADMIN)
    const client = clientIn('Cold Room')
    // Someone from the operator role who holds no role on this client yet.
    const operators = backend.db.roles.ofEntity(acme()).find((r) => r.name === 'operator')!.members
    const member = operators.find((id) => !backend.db.roles.heldOn(client.id, id))!
    const crew = await call('POST', `/${acme()}/clients/${client.id}/roles`, { role_name: 'no actions yet', optional_members: [member] })
    expect(crew.status).toBe(201)
    const page = await call('GET', `/${acme()}/clients/${client.id}/roles/members?limit=100`)
    type Role = { role_name: string; access_type: string; access_provider_id?: string }
    const rolesOfId = (id: string) => (page.body.members.find((m: { member_id: string }) => m.member_id === id)?.roles ?? []) as Role[]
    const rolesOf = (login: string) => rolesOfId(user(login).id)
    expect(rolesOf(FATIMA)).toContainEqual(expect.objectContaining({ role_name: 'cold-chain technician', access_type: 'direct_group' }))
    expect(rolesOf(JANE_SHARMA)).toContainEqual(
      expect.objectContaining({
        role_name: 'logistics lead',
        access_type: 'indirect_group',
        access_provider_id: groupNamed('Logistics').id,
      }),
    )
    expect(rolesOf('jane.doe@example.com').map((r) => [r.role_name, r.access_type])).toEqual(
      expect.arrayContaining([
        ['admin', 'direct_group'],
        ['admin', 'indirect_group'],
        ['admin', 'domain'],
      ]),
    )
    // Their client role has no actions: only their domain role shows.
    expect(rolesOfId(member).map((r) => [r.role_name, r.access_type])).toEqual([['operator', 'domain']])
  })
})

describe('Add-actions answers with only the added actions', () => {
  it('returns what was added, not the whole list', async () => {
    await signInAs(ADMIN)
    const client = [...backend.db.clients.allIn(acme())][100]
    const role = (await call('POST', `/${acme()}/clients/${client.id}/roles`, { role_name: 'crew', optional_actions: ['read'] })).body
    const added = await call('POST', `/${acme()}/clients/${client.id}/roles/${role.id}/actions`, { actions: ['update'] })
    expect(added).toMatchObject({ status: 200, body: { actions: ['update'] } })
  })
})

describe('The not-a-domain-member refusal reads "failed to perform authorization over the entity"', () => {
  it('is the same refusal, 403, whether the member or the caller is outside the domain', async () => {
    await signInAs(ADMIN)
    const client = [...backend.db.clients.allIn(acme())][100]
    const [admin] = backend.db.roles.ofEntity(client.id)
    const expected = { status: 403, body: { message: 'failed to perform authorization over the entity' } }
    expect(await call('POST', `/${acme()}/clients/${client.id}/roles/${admin.id}/members`, { members: [user(OUTSIDER).id] })).toMatchObject(
      expected,
    )
    await signInAs(OUTSIDER)
    expect(await call('GET', `/${acme()}/clients`)).toMatchObject(expected)
  })
})

describe('The v0.20.0 device bootstrap route answers 200 for an inactive configuration', () => {
  it('serves an inactive configuration, and omits what is empty', async () => {
    const inactive = backend.db.bootstraps.allIn(acme()).find((c) => c.state === 0)!
    const res = await call('GET', `/clients/bootstrap/${inactive.external_id}`, undefined, {
      authorization: `Client ${inactive.external_key}`,
    })
    expect(res.status).toBe(200)
    expect(res.body.client_id).toBe(inactive.id)
    if (!inactive.client_cert) expect(res.body).not.toHaveProperty('client_cert')
    expect((await call('GET', `/clients/bootstrap/nope`, undefined, { authorization: 'Client k' })).body).toEqual({
      message: 'entity not found',
    })
  })
})
