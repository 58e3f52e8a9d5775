import { describe, expect, it } from 'vitest'
import { fetchRuntimeConfig, MOCK_BASE_PATH, resolveConfig, RuntimeConfigError } from './config'

describe('resolveConfig', () => {
  it('runs on the mock backend when no API URL is configured', () => {
    const config = resolveConfig({}, {}, 'http://localhost:5173')
    expect(config.mock).toBe(true)
    expect(config.urls.clients).toBe(`http://localhost:5173${MOCK_BASE_PATH}`)
  })

  it('sends every service to one gateway from VITE_API_URL', () => {
    const config = resolveConfig({ VITE_API_URL: 'https://mg.example.com/' })
    expect(config.mock).toBe(false)
    expect(config.urls.users).toBe('https://mg.example.com')
    expect(config.urls.journal).toBe('https://mg.example.com')
  })

  it('lets a service live elsewhere (bootstrap and journal are not behind nginx)', () => {
    const config = resolveConfig({ VITE_API_URL: 'https://mg.example.com', VITE_BOOTSTRAP_URL: 'https://mg.example.com:9013' })
    expect(config.urls.bootstrap).toBe('https://mg.example.com:9013')
    expect(config.urls.clients).toBe('https://mg.example.com')
  })

  it('prefers the runtime config.json over build-time variables', () => {
    const config = resolveConfig(
      { VITE_API_URL: 'https://build.example.com' },
      { apiUrl: 'https://runtime.example.com', services: { certs: 'https://certs.example.com' } },
    )
    expect(config.urls.clients).toBe('https://runtime.example.com')
    expect(config.urls.certs).toBe('https://certs.example.com')
  })

  it("gives the broker Magistrala's compose ports, on the gateway's host, and publishes test messages through the gateway's /http", () => {
    const config = resolveConfig({}, { apiUrl: 'https://mg.example.com/' })
    expect(config.messaging).toEqual({
      host: 'mg.example.com',
      mqttPort: 1883,
      mqttsPort: 8883,
      httpPort: 80,
      httpsPort: 443,
      coapPort: 5683,
      httpPath: '/http',
      wsPath: '/mqtt',
      publishUrl: 'https://mg.example.com/http',
    })
    // A same-origin proxy path says nothing about the broker's host: the compose default.
    expect(resolveConfig({}, { apiUrl: '/api' }).messaging).toMatchObject({ host: 'localhost', publishUrl: '/api/http' })
    expect(resolveConfig({}, {}, 'http://127.0.0.1:4173').messaging.publishUrl).toBe(`http://127.0.0.1:4173${MOCK_BASE_PATH}/http`)
  })

  it('takes each messaging entry from config.json, and the readers service as a service of its own', () => {
    const config = resolveConfig(
      {},
      {
        apiUrl: '/api',
        services: { readers: '/api/readers/' },
        messaging: { host: 'broker.example.com', mqttsPort: 18883, httpPath: '', publishUrl: '/adapter/' },
      },
    )
    expect(config.urls.readers).toBe('/api/readers')
    expect(config.messaging).toMatchObject({
      host: 'broker.example.com',
      mqttPort: 1883,
      mqttsPort: 18883,
      httpPath: '',
      publishUrl: '/adapter',
    })
  })

  it('turns mocks off when only one service is configured', () => {
    expect(resolveConfig({}, { services: { users: 'https://u.example.com' } }).mock).toBe(false)
  })
})

describe('fetchRuntimeConfig', () => {
  const URL = 'https://console.example.com/config.json'
  const answer = (body: string, init: ResponseInit = {}) => (async () => new Response(body, init)) as typeof fetch
  const json = { headers: { 'content-type': 'application/json' } }
  const html = { headers: { 'content-type': 'text/html' } }

  async function refusal(buildHasApiUrl: boolean, fetchImpl: typeof fetch) {
    const error = await fetchRuntimeConfig(buildHasApiUrl, fetchImpl, URL).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(RuntimeConfigError)
    expect((error as RuntimeConfigError).url).toBe(URL)
    return (error as RuntimeConfigError).message
  }

  it('reads the API URL and per-service URLs', async () => {
    const config = await fetchRuntimeConfig(false, answer('{"apiUrl": "/api", "services": {"journal": "/api/journal"}}', json), URL)
    expect(config).toEqual({ apiUrl: '/api', services: { journal: '/api/journal' } })
  })

  it('reads the messaging entries', async () => {
    const body =
      '{"apiUrl": "/api", "services": {"readers": "/api/readers"}, "messaging": {"host": "mqtt.example.com", "mqttPort": 1883, "httpPath": "/http"}}'
    expect(await fetchRuntimeConfig(false, answer(body, json), URL)).toEqual({
      apiUrl: '/api',
      services: { readers: '/api/readers' },
      messaging: { host: 'mqtt.example.com', mqttPort: 1883, httpPath: '/http' },
    })
  })

  it('lets a build with its own API URL do without config.json (404, or the SPA page a static host serves instead)', async () => {
    expect(await fetchRuntimeConfig(true, answer('', { status: 404 }), URL)).toEqual({})
    expect(await fetchRuntimeConfig(true, answer('<!doctype html><html></html>', html), URL)).toEqual({})
  })

  it('refuses to start a build without an API URL when config.json is missing, rather than become a demo', async () => {
    expect(await refusal(false, answer('', { status: 404 }))).toBe('it is missing, and this build has no API URL of its own')
    expect(await refusal(false, answer('<!doctype html>', html))).toBe('it is missing, and this build has no API URL of its own')
  })

  it('refuses a config.json that fails to load or is malformed, whatever the build', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    expect(await refusal(true, offline)).toBe('it could not be fetched (network error)')
    expect(await refusal(true, answer('oops', { status: 500 }))).toBe('the server answered HTTP 500')
    expect(await refusal(true, answer('{"apiUrl": "/api",}', json))).toMatch(/^it is not valid JSON \(/)
    expect(await refusal(true, answer('{"apiURL": "/api"}', json))).toMatch(/^the file: unknown key "apiURL" \(expected/)
    expect(await refusal(true, answer('{"services": {"bootstrap": 9013}}', json))).toMatch(/^services\.bootstrap: must be a string \(/)
    expect(await refusal(true, answer('{"services": {"rules": "/api/rules"}}', json))).toMatch(/^services: unknown key "rules" \(/)
    expect(await refusal(true, answer('[]', json))).toMatch(/^the file: must be an object \(/)
    expect(await refusal(true, answer('{"messaging": {"mqttPort": "1883"}}', json))).toMatch(/^messaging\.mqttPort: must be a number \(/)
    expect(await refusal(true, answer('{"messaging": {"mqttPort": 70000}}', json))).toMatch(
      /^messaging\.mqttPort: must be a port number from 1 to 65535 \(/,
    )
    expect(await refusal(true, answer('{"messaging": {"host": "mqtt://broker:1883"}}', json))).toMatch(
      /^messaging\.host: must be a host name, without scheme or port \(/,
    )
    expect(await refusal(true, answer('{"messaging": {"wsPort": 8080}}', json))).toMatch(/^messaging: unknown key "wsPort" \(/)
  })
})
