import { describe, expect, it } from 'vitest'
import { MOCK_BASE_PATH, resolveConfig } from './config'

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

  it('turns mocks off when only one service is configured', () => {
    expect(resolveConfig({}, { services: { users: 'https://u.example.com' } }).mock).toBe(false)
  })
})
