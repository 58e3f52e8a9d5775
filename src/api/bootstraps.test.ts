import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { TEST_BASE_URL } from '../../mocks/node'
import { ADMIN, signInAs, setupTestBackend } from '../test/backend'
import { createBootstrapConfig, fetchDeviceBootstrap, findClientBootstrapConfig } from './bootstraps'
import { ApiError } from './errors'

const backend = setupTestBackend()

describe('bootstrap API client', () => {
  it('finds a client’s configuration by the client id, and null when it has none', async () => {
    await signInAs(ADMIN)
    const [config] = backend.db.bootstraps.allIn(backend.domainId)
    expect((await findClientBootstrapConfig(backend.domainId, config.id))?.external_id).toBe(config.external_id)
    const bare = [...backend.db.clients.allIn(backend.domainId)].find((c) => !backend.db.bootstraps.get(c.id))!
    expect(await findClientBootstrapConfig(backend.domainId, bare.id)).toBeNull()
  })

  it('finds the new config by its external id when the Location header is not readable', async () => {
    await signInAs(ADMIN)
    const [existing] = backend.db.bootstraps.allIn(backend.domainId)
    // A cross-origin answer without an exposed Location header looks like this to the browser.
    backend.server.use(http.post(`${TEST_BASE_URL}/:domainID/clients/configs`, () => new HttpResponse(null, { status: 201 })))
    const id = await createBootstrapConfig(backend.domainId, {
      external_id: existing.external_id,
      external_key: 'k',
      channels: existing.channels,
    })
    expect(id).toBe(existing.id)
  })

  it('sends the external key as `Authorization: Client <key>` to the device route', async () => {
    let header: string | null = null
    backend.server.use(
      http.get(`${TEST_BASE_URL}/clients/bootstrap/:externalID`, ({ request }) => {
        header = request.headers.get('authorization')
        return new HttpResponse(null, { status: 500 })
      }),
    )
    await signInAs(ADMIN)
    const error = await fetchDeviceBootstrap('aa:bb', 'the-key').catch((e: unknown) => e)
    expect(header).toBe('Client the-key')
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(500)
    expect((error as ApiError).message).toBe('')
  })
})
