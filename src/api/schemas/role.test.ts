import { describe, expect, it } from 'vitest'
import { AvailableActions, MembersRolePage, RoleActions, RoleCreate, RoleMembersPage, RoleProvision } from '.'

const wireRole = {
  id: 'client_Xk3aaaa',
  name: 'technician',
  entity_id: '0f7e3f5a-4a7e-4a53-9a3e-3b1f1d6b9d2c',
  created_by: 'u1',
  created_at: '2024-01-11T12:05:07.449053Z',
  updated_by: '',
  updated_at: '0001-01-01T00:00:00Z',
}

describe('role schemas', () => {
  it('reads nil slices (null) and missing lists as empty', () => {
    expect(RoleProvision.parse({ ...wireRole, optional_actions: null, optional_members: null })).toMatchObject({ optional_actions: null })
    expect(RoleActions.parse({ actions: null }).actions).toEqual([])
    expect(RoleMembersPage.parse({ total: 0, offset: 0, limit: 10, members: null }).members).toEqual([])
    expect(AvailableActions.parse({}).available_actions).toEqual([])
  })

  it('reads entity members in the shape the service really sends (not the spec)', () => {
    const page = MembersRolePage.parse({
      total: 1,
      offset: 0,
      limit: 10,
      members: [{ member_id: 'u1', roles: [{ role_id: 'client_a', role_name: 'admin', actions: ['read'], access_type: 'direct' }] }],
    })
    expect(page.members[0].roles[0].role_name).toBe('admin')
  })

  it("validates a create body under the service's own key and messages", () => {
    expect(RoleCreate.safeParse({ role_name: 'auditor', optional_actions: ['read'] }).success).toBe(true)
    expect(RoleCreate.safeParse({ name: 'auditor' }).error?.issues[0].message).toBe('empty role name')
    expect(RoleCreate.safeParse({ role_name: 'x'.repeat(201) }).error?.issues[0].message).toBe('invalid name size')
  })
})
