import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeMagistrala, type FakeMagistrala } from '../../mocks/server'
import { signIn } from './auth'
import { findClientBootstrapConfig, listBootstrapConfigs } from './bootstraps'
import { listClients } from './clients'
import { apiConfig, configureApi, resolveConfig, type ApiConfig } from './config'
import { ApiError, errorMessage } from './errors'
import { checkService } from './health'
import { listEntityJournal } from './journal'
import { session } from './session'
import { getClientTelemetry } from './telemetry'

/**
 * The API client in live mode, over real HTTP against the fake Magistrala (no msw interception in this file):
 * what an operator sees when a service is left at the gateway, or nothing answers.
 */
let server: FakeMagistrala
let mockConfig: ApiConfig
let domainId: string

beforeAll(async () => {
  server = await startFakeMagistrala({ ports: { gateway: 0, bootstrap: 0, journal: 0, certs: 0, readers: 0 }, seed: { clients: 20 } })
  mockConfig = apiConfig()
  domainId = server.db.domains.all().find((d) => d.route === 'acme')!.id
})
afterEach(() => {
  session.signOut()
  configureApi(mockConfig)
})
afterAll(() => server.close())

/** Live mode with every service at the gateway unless given its own URL. */
async function liveAt(services: Record<string, string> = {}) {
  configureApi(resolveConfig({}, { apiUrl: server.urls.gateway, services }))
  await signIn({ username: 'admin@example.com', password: '12345678' })
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('live mode over HTTP', () => {
  it('works with every service at its own URL', async () => {
    await liveAt({ bootstrap: server.urls.bootstrap, journal: server.urls.journal, certs: server.urls.certs })
    expect((await listClients(domainId, { limit: 3 })).clients).toHaveLength(3)
    expect((await listBootstrapConfigs(domainId)).total).toBeGreaterThan(0)
    const [client] = (await listClients(domainId, { limit: 1 })).clients
    expect((await listEntityJournal(domainId, 'client', client.id, { limit: 5 })).journals.length).toBeGreaterThan(0)
    expect(await checkService('bootstrap')).toEqual({ reachable: true, version: 'v0.20.0' })
  })

  it("says the journal is not reachable when its URL is the gateway's, instead of 'never seen' or an empty log", async () => {
    await liveAt()
    const [client] = (await listClients(domainId, { limit: 1 })).clients
    const telemetry = await failure(getClientTelemetry(domainId, client.id))
    expect(telemetry.kind).toBe('not-the-service')
    expect(telemetry.isNotFound).toBe(false)
    expect(errorMessage(telemetry)).toBe(
      `Journal service not reachable at ${server.urls.gateway}: it answered 404 with an HTML page, as a gateway or proxy without this route does.`,
    )
    expect((await failure(listEntityJournal(domainId, 'client', client.id))).kind).toBe('not-the-service')
  })

  it("tells a bootstrap URL left at the gateway by the clients service's /health, and a missing config from a misroute", async () => {
    await liveAt()
    const check = await checkService('bootstrap')
    expect(check).toEqual({
      reachable: false,
      why: expect.stringMatching(/^that URL answers as the clients service .*configure its own URL \(port 9013/),
    })
    // The clients service has no route for a config's path: a route-less 404, not "this client has no configuration".
    const [client] = (await listClients(domainId, { limit: 1 })).clients
    expect((await failure(findClientBootstrapConfig(domainId, client.id))).kind).toBe('not-the-service')
  })

  it('names the service and its URL when nothing answers there', async () => {
    await liveAt({ certs: 'http://127.0.0.1:9' })
    expect(await checkService('certs')).toEqual({ reachable: false, why: 'nothing answers there' })
    await liveAt({ journal: 'http://127.0.0.1:9' })
    const [client] = (await listClients(domainId, { limit: 1 })).clients
    const error = await failure(getClientTelemetry(domainId, client.id))
    expect(errorMessage(error)).toBe('Cannot reach the journal service at http://127.0.0.1:9. Check your connection and try again.')
  })
})
