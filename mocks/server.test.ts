import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeMagistrala, type FakeMagistrala } from './server'

let server: FakeMagistrala
const anyPort = { gateway: 0, bootstrap: 0, journal: 0, certs: 0, readers: 0 }

beforeAll(async () => {
  server = await startFakeMagistrala({ ports: anyPort, seed: { clients: 30 } })
})
afterAll(() => server.close())

async function signIn(username = 'admin@example.com') {
  const res = await fetch(`${server.urls.gateway}/users/tokens/issue`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: '12345678' }),
  })
  expect(res.status).toBe(201)
  const { access_token } = (await res.json()) as { access_token: string }
  return { authorization: `Bearer ${access_token}` }
}

async function acmeId(auth: Record<string, string>) {
  const res = await fetch(`${server.urls.gateway}/domains`, { headers: auth })
  const { domains } = (await res.json()) as { domains: { id: string; route?: string }[] }
  return domains.find((d) => d.route === 'acme')!.id
}

describe('the fake Magistrala over HTTP', () => {
  it('signs in and lists clients through the gateway, with no CORS header on any answer', async () => {
    const auth = await signIn()
    const domain = await acmeId(auth)
    const res = await fetch(`${server.urls.gateway}/${domain}/clients?limit=5`, { headers: { ...auth, origin: 'http://elsewhere.test' } })
    expect(res.status).toBe(200)
    const page = (await res.json()) as { total: number; clients: unknown[] }
    expect(page.clients).toHaveLength(5)
    expect(page.total).toBeGreaterThan(5)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect(res.headers.get('x-powered-by')).toBeNull()

    const preflight = await fetch(`${server.urls.gateway}/${domain}/clients`, {
      method: 'OPTIONS',
      headers: { origin: 'http://elsewhere.test', 'access-control-request-method': 'GET' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('routes like nginx: bootstrap, journal and certs have no location on the gateway', async () => {
    const auth = await signIn()
    const domain = await acmeId(auth)
    const journal = await fetch(`${server.urls.gateway}/${domain}/journal/client/${domain}`, { headers: auth })
    expect(journal.status).toBe(404)
    expect(journal.headers.get('content-type')).toContain('text/html')
    expect(await journal.text()).toContain('<center>nginx</center>')
    const certs = await fetch(`${server.urls.gateway}/${domain}/certs`, { headers: auth })
    expect(certs.status).toBe(404)
    // The domain-scoped locations need a UUID segment: a route name is not routed.
    expect((await fetch(`${server.urls.gateway}/acme/clients`, { headers: auth })).status).toBe(404)
  })

  it('serves bootstrap, journal and certs each on its own port, one database behind them all', async () => {
    const auth = await signIn()
    const domain = await acmeId(auth)
    const configs = await fetch(`${server.urls.bootstrap}/${domain}/clients/configs?limit=1`, { headers: auth })
    expect(configs.status).toBe(200)
    expect(((await configs.json()) as { total: number }).total).toBeGreaterThan(0)

    const created = await fetch(`${server.urls.gateway}/${domain}/clients`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Seen by the journal' }),
    })
    const { id } = (await created.json()) as { id: string }
    const journal = await fetch(`${server.urls.journal}/${domain}/journal/client/${id}?limit=10`, { headers: auth })
    expect(journal.status).toBe(200)
    const { journals } = (await journal.json()) as { journals: { operation: string }[] }
    expect(journals.map((j) => j.operation)).toContain('client.create')
    expect((await fetch(`${server.urls.certs}/${domain}/certs?entity_id=${id}`, { headers: auth })).status).toBe(200)
  })

  it('sends /http/ on the gateway to the HTTP adapter (prefix stripped), and serves the readers on their own port', async () => {
    const auth = await signIn()
    const domain = await acmeId(auth)
    const { db } = server
    const telemetry = [...db.channels.allIn(domain)].find((c) => db.messages.hasSaveRule(c.id) && c.status === 'enabled')!
    const client = [...db.clients.allIn(domain)].find((c) => c.status === 'enabled')!
    db.connections.add(client.id, telemetry.id, 'Publish')
    const basic = `Basic ${Buffer.from(`${client.id}:${client.credentials!.secret!}`).toString('base64')}`
    const published = await fetch(`${server.urls.gateway}/http/m/${domain}/c/${telemetry.id}/probe`, {
      method: 'POST',
      headers: { authorization: basic },
      body: '[{"n":"probe","v":42}]',
    })
    expect([published.status, await published.text()]).toEqual([200, '{"status":"ok"}'])
    const read = await fetch(`${server.urls.readers}/${domain}/channels/${telemetry.id}/messages?subtopic=probe`, { headers: auth })
    expect(read.status).toBe(200)
    expect(((await read.json()) as { messages: { value: number }[] }).messages).toEqual([
      expect.objectContaining({ name: 'probe', value: 42 }),
    ])
    // nginx has no location for the readers.
    expect((await fetch(`${server.urls.gateway}/${domain}/channels/${telemetry.id}/messages`, { headers: auth })).status).not.toBe(200)
  })

  it("answers a path a service has no route for as Go's router does, and /health with the service's name", async () => {
    const unknown = await fetch(`${server.urls.journal}/no/such/route`)
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toContain('text/plain')
    expect(await unknown.text()).toBe('404 page not found\n')

    const describe = async (url: string) => ((await (await fetch(`${url}/health`)).json()) as { description: string }).description
    expect(await describe(server.urls.bootstrap)).toBe('bootstrap service')
    expect(await describe(server.urls.journal)).toBe('journal service')
    expect(await describe(server.urls.certs)).toBe('certs service')
    expect(await describe(server.urls.readers)).toBe('timescaledb-reader service')
    // nginx sends /health to the clients service.
    expect(await describe(server.urls.gateway)).toBe('clients service')
  })

  it('drops the connection for the network-error fault, and answers 500 with no body for the error fault', async () => {
    server.faults.set({ networkErrorRate: 1, match: '/health' })
    await expect(fetch(`${server.urls.certs}/health`)).rejects.toThrow()
    server.faults.set({ networkErrorRate: 0, errorRate: 1 })
    const failed = await fetch(`${server.urls.certs}/health`)
    expect(failed.status).toBe(500)
    expect(await failed.text()).toBe('')
    server.faults.reset()
    expect((await fetch(`${server.urls.certs}/health`)).status).toBe(200)
  })
})
