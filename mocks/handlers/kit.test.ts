import { HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { Database } from '../db/database'
import { Faults } from '../faults'
import { TEST_BASE_URL } from '../node'
import { Client, Group, ZERO_TIME } from '../../src/api/schemas'
import { dispatch, fail, json, route, type Ctx } from './kit'

const echo = (name: string) => (ctx: Ctx) => HttpResponse.json({ name, params: ctx.params })
const faults = new Faults()
const server = setupServer(
  dispatch({ db: new Database(), faults, baseUrl: TEST_BASE_URL }, [
    route('get', '/:domainID/clients/bulk', echo('fixed')),
    route('get', '/:domainID/clients/:clientID', echo('client')),
    route('post', '/:domainID/clients/:clientID', echo('post client')),
    route('get', '/:domainID/clients/:clientID/roles/:roleID', echo('role')),
    route('get', '/users/:userID', () => {
      throw fail.notFound()
    }),
    route('get', '/boom', () => {
      throw new Error('bug')
    }),
  ]),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

const get = (path: string, init?: RequestInit) => fetch(`${TEST_BASE_URL}${path}`, init)

describe('dispatch', () => {
  it('answers with the first route whose method and path match, with decoded params', async () => {
    expect(await (await get('/d1/clients/bulk')).json()).toEqual({ name: 'fixed', params: { domainID: 'd1' } })
    expect(await (await get('/d1/clients/a%20b')).json()).toEqual({ name: 'client', params: { domainID: 'd1', clientID: 'a b' } })
    expect(await (await get('/d1/clients/c1', { method: 'POST' })).json()).toMatchObject({ name: 'post client' })
    expect(await (await get('/d1/clients/c1/roles/r1/')).json()).toEqual({
      name: 'role',
      params: { domainID: 'd1', clientID: 'c1', roleID: 'r1' },
    })
  })

  it('leaves unknown paths and methods to MSW, which refuses them here', async () => {
    await expect(get('/d1/clients/c1/nothing')).rejects.toThrow()
    await expect(get('/d1/clients/c1', { method: 'DELETE' })).rejects.toThrow()
    await expect(fetch('http://localhost/elsewhere/d1/clients/c1')).rejects.toThrow()
  })

  it('answers MockErrors with their status and message, and anything else with an empty 500', async () => {
    const missing = await get('/users/u1')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ message: 'entity not found' })
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const boom = await get('/boom')
    expect(boom.status).toBe(500)
    expect(await boom.text()).toBe('')
    error.mockRestore()
  })

  it('applies faults to the routes they match', async () => {
    faults.set({ errorRate: 1, match: 'GET /mock-api/d1/clients/c1' })
    expect((await get('/d1/clients/c1')).status).toBe(500)
    expect((await get('/d1/clients/bulk')).status).toBe(200)
    faults.reset()
  })
})

describe('json', () => {
  it('sends the body as it is, untidy shapes included, with the status and headers asked for', async () => {
    const group = {
      id: 'g1',
      name: 'Plant',
      description: null,
      status: 'enabled' as const,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: ZERO_TIME,
    }
    const answer = json(Group, group, { status: 201, headers: { Location: '/groups/g1' } })
    expect(answer.status).toBe(201)
    expect(answer.headers.get('location')).toBe('/groups/g1')
    expect(await answer.json()).toEqual(group)
  })

  it('refuses, under tests, a body the schema the console parses it with refuses', () => {
    // @ts-expect-error the schema's type already refuses a numeric id
    expect(() => json(Client, { id: 42 })).toThrow(/does not match its schema[\s\S]*id/)
  })
})
