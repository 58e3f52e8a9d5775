import { describe, expect, it } from 'vitest'
import type { CurrentDomain } from './current-domain'
import { entityPermissions, isDomainAdmin, plainActions } from './permissions'

const member = (actions: string[] = []): CurrentDomain =>
  ({ isSuperAdmin: false, canDomain: (a: string) => actions.includes(a) }) as unknown as CurrentDomain

describe('plainActions', () => {
  it('reads each role from where it lives', () => {
    expect(plainActions('client', 'direct', ['update', 'read'])).toEqual(['update', 'read'])
    expect(plainActions('client', 'direct_group', ['read', 'client_update', 'subgroup_client_delete'])).toEqual(['update'])
    expect(plainActions('client', 'indirect_group', ['client_update', 'subgroup_client_delete'])).toEqual(['delete'])
    expect(plainActions('client', 'domain', ['read', 'client_read', 'channel_read'])).toEqual(['read'])
    expect(plainActions('channel', 'direct_group', ['client_read', 'channel_publish'])).toEqual(['publish'])
  })
})

describe('entityPermissions', () => {
  it('grants what an inherited role grants, on the ?roles=true view and on a list row', () => {
    const view = {
      roles: [{ role_id: 'group_x', role_name: 'lead', actions: ['subgroup_client_update'], access_type: 'indirect_group' }],
    }
    expect(entityPermissions(member(), 'client', view).can('update')).toBe(true)
    expect(entityPermissions(member(), 'client', view).can('delete')).toBe(false)
    const row = { access_type: 'direct_group', access_provider_role_actions: ['client_connect_to_channel'] }
    expect(entityPermissions(member(), 'client', row).reason('connect_to_channel')).toBeNull()
    expect(entityPermissions(member(), 'client', row).reason('update', 'edit')).toBe('You do not have permission to edit (needs “update”)')
  })
})

describe('isDomainAdmin', () => {
  it('needs every one of the domain own actions', () => {
    const all = ['read', 'update', 'enable', 'disable', 'delete', 'manage_role', 'add_role_users', 'remove_role_users', 'view_role_users']
    expect(isDomainAdmin(member(all))).toBe(true)
    expect(isDomainAdmin(member(all.slice(1)))).toBe(false)
  })
})
