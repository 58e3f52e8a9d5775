import { describe, expect, it } from 'vitest'
import {
  Client,
  ClientCreate,
  ClientsPage,
  ConnectRequest,
  ErrorBody,
  Group,
  JournalPage,
  RenewCertResponse,
  RolesPage,
  TokenResponse,
} from '.'

const wireClient = {
  id: '0f7e3f5a-4a7e-4a53-9a3e-3b1f1d6b9d2c',
  name: 'Boiler sensor',
  credentials: { identity: 'boiler', secret: 's3cret' },
  status: 'enabled',
  created_at: '2024-01-11T12:05:07.449053Z',
  updated_at: '0001-01-01T00:00:00Z',
  role_id: 'client_Xk3aaaa',
  actions: ['read'],
  parent_group_path: 'g1.g2',
}

describe('Client', () => {
  it('accepts a list row as the clients service sends it, keeping unknown fields', () => {
    const parsed = Client.parse(wireClient)
    expect(parsed.name).toBe('Boiler sensor')
    expect(parsed.tags).toBeUndefined()
    expect(parsed.parent_group_path).toBe('g1.g2')
  })

  it('rejects a row without an id or status', () => {
    expect(Client.safeParse({ ...wireClient, id: undefined }).success).toBe(false)
    expect(Client.safeParse({ ...wireClient, status: 'gone' }).success).toBe(false)
  })
})

describe('ClientsPage', () => {
  it('fills the omitempty fields of an empty page', () => {
    expect(ClientsPage.parse({ total: 0, limit: 10 })).toEqual({ total: 0, offset: 0, limit: 10, clients: [] })
  })

  it('keeps offset and rows when present', () => {
    const page = ClientsPage.parse({ total: 12, offset: 10, limit: 10, clients: [wireClient] })
    expect(page.offset).toBe(10)
    expect(page.clients).toHaveLength(1)
  })
})

describe('ClientCreate', () => {
  it('accepts the minimal body', () => {
    expect(ClientCreate.parse({ name: 'x' })).toEqual({ name: 'x' })
  })

  it('answers with the services own messages', () => {
    expect(ClientCreate.safeParse({ id: 'nope' }).error?.issues[0].message).toBe('invalid id format provided')
    expect(ClientCreate.safeParse({ name: 'x'.repeat(1025) }).error?.issues[0].message).toBe('invalid name size')
    expect(ClientCreate.safeParse({ status: 'deleted' }).success).toBe(false)
  })

  it('needs metadata to be an object', () => {
    expect(ClientCreate.safeParse({ metadata: [1, 2] }).success).toBe(false)
    expect(ClientCreate.safeParse({ metadata: { a: { b: 1 } } }).success).toBe(true)
  })
})

describe('other envelopes', () => {
  it('reads both error body spellings', () => {
    expect(ErrorBody.parse({ message: 'entity not found' }).message).toBe('entity not found')
    expect(ErrorBody.parse({ error: 'bad' }).error).toBe('bad')
  })

  it('requires both tokens', () => {
    expect(TokenResponse.safeParse({ access_token: 'a' }).success).toBe(false)
    expect(TokenResponse.parse({ access_token: 'a', refresh_token: 'r' }).access_type).toBeUndefined()
  })

  it('requires ids and types to connect', () => {
    expect(ConnectRequest.safeParse({ channel_ids: [], client_ids: ['c'], types: ['publish'] }).success).toBe(false)
    expect(ConnectRequest.safeParse({ channel_ids: ['a'], client_ids: ['c'], types: ['publish', 'subscribe'] }).success).toBe(true)
  })

  it('reads connection types in any case, as the channels service does', () => {
    expect(ConnectRequest.parse({ channel_ids: ['a'], client_ids: ['c'], types: ['PUBLISH', 'Subscribe'] }).types).toEqual([
      'publish',
      'subscribe',
    ])
    expect(ConnectRequest.safeParse({ channel_ids: ['a'], client_ids: ['c'], types: ['read'] }).error?.issues[0].message).toBe(
      'invalid connection type',
    )
  })

  it('defaults the journal and roles arrays', () => {
    expect(JournalPage.parse({ total: 0, offset: 0, limit: 10, journals: [] }).journals).toEqual([])
    expect(RolesPage.parse({ total: 0, offset: 0, limit: 10 }).roles).toEqual([])
  })
})

describe('what Magistrala really sends (issue 18)', () => {
  it('reads a group created without a description: `"description": null`', () => {
    const group = Group.parse({ id: 'g1', name: 'Production', description: null, status: 'enabled', created_at: 't', updated_at: 't' })
    expect(group.description).toBeNull()
    expect(Group.parse({ id: 'g2', name: 'Line 1', status: 'enabled', created_at: 't', updated_at: 't' }).description).toBeUndefined()
  })

  it('reads the roles of ?roles=true and the group or domain access of list rows', () => {
    const client = Client.parse({
      ...wireClient,
      member_id: 'u1',
      roles: [
        {
          role_id: 'group_a',
          role_name: 'lead',
          actions: ['subgroup_client_update'],
          access_type: 'indirect_group',
          access_provider_id: 'g1',
        },
      ],
      access_type: 'direct_group',
      access_provider_role_actions: ['client_update'],
    })
    expect(client.roles?.[0].access_type).toBe('indirect_group')
    expect(client.access_provider_role_actions).toEqual(['client_update'])
  })

  it('decodes the base64 PEM of a renewal (Go []byte fields), and keeps PEM as it is', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----'
    const key = '-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END EC PRIVATE KEY-----'
    const renewed = RenewCertResponse.parse({
      certificate: { serial_number: 's', certificate: btoa(pem), key: btoa(key), revoked: false, entity_id: '', type: 0 },
    })
    expect(renewed.certificate).toMatchObject({ certificate: pem, key, entity_id: '' })
    expect(RenewCertResponse.parse({ certificate: { certificate: pem } }).certificate.certificate).toBe(pem)
  })
})
