import { describe, expect, it } from 'vitest'
import type { Client } from '../../api/schemas/client'
import type { CurrentDomain } from '../../lib/current-domain'
import { bulkReasons } from './bulk-permissions'

const member = (actions: string[] = []): CurrentDomain =>
  ({ isSuperAdmin: false, canDomain: (a: string) => actions.includes(a) }) as unknown as CurrentDomain
const row = (id: string, access: Partial<Client> = {}): Client =>
  ({ id, status: 'enabled', created_at: '', updated_at: '', ...access }) as Client
/** A row the caller reaches through a group role (a site lead's): update and connect, not delete. */
const ledRow = (id: string) =>
  row(id, { access_type: 'direct_group', access_provider_role_actions: ['client_update', 'client_connect_to_channel'] })

describe('bulkReasons', () => {
  it('offers every control on a domain role with the client actions', () => {
    const reasons = bulkReasons(member(['client_update', 'client_delete', 'client_connect_to_channel']), [row('a')])
    expect(Object.values(reasons)).toEqual([null, null, null, null, null])
  })

  it('disables every control, with the reason, for a read-only member', () => {
    const reasons = bulkReasons(member(['client_read']), [row('a'), row('b')])
    expect(reasons.disable).toBe('You do not have permission to disable these clients (needs “update”)')
    expect(Object.values(reasons).every((reason) => reason !== null)).toBe(true)
  })

  it('offers what a group role gives on some of the rows, and only that', () => {
    const reasons = bulkReasons(member(['client_read']), [row('a'), ledRow('b')])
    expect(reasons).toMatchObject({ enable: null, disable: null, tags: null, connect: null })
    expect(reasons.delete).toMatch(/needs “delete”/)
    expect(bulkReasons(member(['client_read']), [row('a')]).tags).toMatch(/needs “update”/)
  })
})
