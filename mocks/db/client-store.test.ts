import { describe, expect, it } from 'vitest'
import type { Client } from '../../src/api/schemas'
import { ChangeLog } from './changes'
import { ClientStore } from './client-store'

const client = (id: string, domain: string, secret: string): Client => ({
  id,
  name: id,
  domain_id: domain,
  credentials: { identity: id, secret },
  status: 'enabled',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
})

describe('ClientStore secrets', () => {
  it('finds owners for changes made before and after the first lookup', () => {
    const store = new ClientStore(new ChangeLog())
    store.loadAll([client('a', 'd1', 'sa'), client('b', 'd1', 'sb'), client('c', 'd2', 'sa')])
    store.insert(client('d', 'd1', 'sd'))
    store.put(client('b', 'd1', 'sb2'))
    store.remove('c')

    expect(store.secretOwner('d1', 'sa')).toBe('a')
    expect(store.secretOwner('d1', 'sb')).toBeUndefined()
    expect(store.secretOwner('d1', 'sb2')).toBe('b')
    expect(store.secretOwner('d1', 'sd')).toBe('d')
    expect(store.secretOwner('d2', 'sa')).toBeUndefined()

    store.insert(client('e', 'd2', 'sa'))
    store.put(client('a', 'd1', 'sa2'))
    store.remove('d')
    expect(store.secretOwner('d2', 'sa')).toBe('e')
    expect(store.secretOwner('d1', 'sa')).toBeUndefined()
    expect(store.secretOwner('d1', 'sa2')).toBe('a')
    expect(store.secretOwner('d1', 'sd')).toBeUndefined()
  })
})
