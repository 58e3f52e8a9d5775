import { describe, expect, it } from 'vitest'
import { issueCert, listCerts, renewCert, revokeCert, viewCA } from '../../src/api/certs'
import { createClient, getClient, listClients, removeClientParent, setClientParent } from '../../src/api/clients'
import { ApiError } from '../../src/api/errors'
import { getGroup, listGroups } from '../../src/api/groups'
import { getClientTelemetry } from '../../src/api/telemetry'
import { session } from '../../src/api/session'
import { inspectCertificate } from '../../src/lib/x509'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../src/test/backend'
import { TEST_BASE_URL } from '../node'

const backend = setupTestBackend()

async function refused(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

const groupNamed = async (name: string) => (await listGroups(backend.domainId, { name, limit: 1 })).groups[0]

describe('groups and parent groups', () => {
  it('serves a searchable hierarchy', async () => {
    await signInAs(VIEWER)
    const all = await listGroups(backend.domainId, { limit: 100 })
    expect(all.total).toBe(17)
    const line1 = await groupNamed('Line 1')
    const production = await getGroup(backend.domainId, line1.parent_id!)
    expect(production.name).toBe('Production')
    expect(line1.path).toBe(`${production.id}.${line1.id}`)
  })

  it('filters clients by group, subgroups included, and by having no parent', async () => {
    await signInAs(ADMIN)
    const production = await groupNamed('Production')
    const line1 = await groupNamed('Line 1')
    const underProduction = await listClients(backend.domainId, { group: production.id, status: 'all', limit: 100 })
    const underLine1 = await listClients(backend.domainId, { group: line1.id, status: 'all', limit: 100 })
    expect(underLine1.total).toBeGreaterThan(0)
    expect(underProduction.total).toBeGreaterThan(underLine1.total)
    expect(underLine1.clients.every((c) => c.parent_group_id === line1.id)).toBe(true)
    const orphans = await fetch(`${TEST_BASE_URL}/${backend.domainId}/clients?group=&status=all&limit=100`, {
      headers: { authorization: `Bearer ${session.accessToken()}` },
    }).then((r) => r.json() as Promise<{ clients: { parent_group_id?: string }[] }>)
    expect(orphans.clients.length).toBeGreaterThan(0)
    expect(orphans.clients.every((c) => !c.parent_group_id)).toBe(true)
  })

  it('sets and removes a parent with the service rules, and journals both', async () => {
    await signInAs(OPERATOR)
    const client = await createClient(backend.domainId, { name: 'Orphan' })
    const dock = await groupNamed('Loading Dock')
    const cold = await groupNamed('Cold Room')
    await setClientParent(backend.domainId, client.id, dock.id)
    expect((await getClient(backend.domainId, client.id)).parent_group_id).toBe(dock.id)
    expect((await refused(setClientParent(backend.domainId, client.id, dock.id))).message).toBe(
      'client already assigned to the parent group',
    )
    expect((await refused(setClientParent(backend.domainId, client.id, cold.id))).message).toBe('client already have parent')
    await removeClientParent(backend.domainId, client.id)
    expect((await getClient(backend.domainId, client.id)).parent_group_id).toBeUndefined()
    const ops = backend.db.journal
      .query({ entityType: 'client', entityId: client.id, dir: 'asc', offset: 0, limit: 10 })
      .entries.map((e) => e.operation)
    expect(ops).toEqual(expect.arrayContaining(['client.set_parent', 'client.remove_parent']))
  })

  it('refuses a disabled group and the read-only member', async () => {
    await signInAs(ADMIN)
    const client = await createClient(backend.domainId, { name: 'x' })
    const rooftop = await groupNamed('Rooftop')
    backend.db.groups.put({ ...rooftop, status: 'disabled' })
    expect((await refused(setClientParent(backend.domainId, client.id, rooftop.id))).message).toBe('parent group is not enabled')
    await signInAs(VIEWER)
    expect((await refused(setClientParent(backend.domainId, client.id, rooftop.id))).status).toBe(403)
  })
})

describe('certificates', () => {
  it('issues a parseable certificate, returning the private key only once', async () => {
    await signInAs(OPERATOR)
    const client = await createClient(backend.domainId, { name: 'Gate', credentials: { identity: 'gate-01' } })
    const issued = await issueCert(backend.domainId, client.id, { ttl: '720h', options: { common_name: 'gate-01' } })
    expect(issued.key).toMatch(/^-----BEGIN EC PRIVATE KEY-----/)
    const info = await inspectCertificate(issued.certificate!)
    expect(info).toMatchObject({ subjectCN: 'gate-01', issuerCN: 'Fleet Demo Root CA', serial: issued.serial_number })
    expect(Math.round((info!.notAfter.getTime() - info!.notBefore.getTime()) / 86_400_000)).toBe(30)
    const listed = await listCerts(backend.domainId, { entity_id: client.id })
    expect(listed.certificates).toHaveLength(1)
    expect(listed.certificates[0].key).toBeUndefined()
    expect(JSON.stringify(backend.db.journal.appended())).not.toContain('PRIVATE KEY')
  })

  it('renews with a new serial, revokes once (409 after), and refuses to renew a revoked one', async () => {
    await signInAs(OPERATOR)
    const client = await createClient(backend.domainId, { name: 'Gate 2' })
    const issued = await issueCert(backend.domainId, client.id, { options: { common_name: 'gate-02' } })
    const renewed = await renewCert(backend.domainId, issued.serial_number!)
    expect(renewed.certificate.serial_number).not.toBe(issued.serial_number)
    // Revoking needs domain admin.
    await signInAs(ADMIN)
    await revokeCert(backend.domainId, issued.serial_number!)
    expect((await refused(revokeCert(backend.domainId, issued.serial_number!))).status).toBe(409)
    expect((await refused(renewCert(backend.domainId, issued.serial_number!))).status).toBe(401)
    // The renewed certificate is not linked to the client.
    expect((await listCerts(backend.domainId, { entity_id: client.id })).certificates.map((c) => c.serial_number)).toEqual([
      issued.serial_number,
    ])
  })

  it('validates the request and the caller', async () => {
    await signInAs(OPERATOR)
    const client = await createClient(backend.domainId, { name: 'Gate 3' })
    expect((await refused(issueCert(backend.domainId, client.id, { ttl: 'forever', options: { common_name: 'x' } }))).message).toBe(
      'invalid ttl',
    )
    // Any member of the domain may issue; someone outside it is refused.
    await signInAs(VIEWER)
    expect((await issueCert(backend.domainId, client.id, { options: { common_name: 'x' } })).entity_id).toBe(client.id)
    await signInAs('aisha.iyer@example.com')
    expect((await refused(issueCert(backend.domainId, client.id, { options: { common_name: 'x' } }))).status).toBe(403)
    expect((await viewCA()).certificate).toMatch(/^-----BEGIN CERTIFICATE-----/)
  })
})

describe('telemetry', () => {
  it('simulates seeded devices and has none for a client that never connected', async () => {
    await signInAs(ADMIN)
    const seeded = [...backend.db.clients.allIn(backend.domainId)].filter((c) => c.status === 'enabled')
    const answers = await Promise.all(seeded.slice(0, 40).map((c) => getClientTelemetry(backend.domainId, c.id)))
    const seen = answers.filter((t) => t !== null)
    expect(seen.length).toBeGreaterThan(25)
    for (const t of seen) {
      expect(Date.parse(t.last_seen!)).toBeGreaterThanOrEqual(Date.parse(t.first_seen!))
      const subscribed = [...backend.db.connections.channelsOf(t.client_id).values()].filter((types) => types.includes('Subscribe')).length
      expect(t.subscriptions).toBe(subscribed)
    }
    const fresh = await createClient(backend.domainId, { name: 'new' })
    expect(await getClientTelemetry(backend.domainId, fresh.id)).toBeNull()
  })
})
