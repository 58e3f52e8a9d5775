import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/errors'
import { isNotDomainMemberError, isSecondRoleError, roleSource } from './client-roles'

describe('isNotDomainMemberError', () => {
  it('recognises the refusal the services really send for someone outside the domain: 403 over the entity', () => {
    expect(isNotDomainMemberError(new ApiError({ status: 403, message: 'failed to perform authorization over the entity' }))).toBe(true)
    // The text ErrMissingDomainMember carries never reaches the response; the mock used to invent it.
    expect(isNotDomainMemberError(new ApiError({ status: 403, message: 'member id is not member of domain' }))).toBe(false)
    expect(isNotDomainMemberError(new ApiError({ status: 500, message: 'failed to perform authorization over the entity' }))).toBe(false)
    expect(isNotDomainMemberError(new Error('failed to perform authorization over the entity'))).toBe(false)
  })
})

describe('isSecondRoleError', () => {
  it('recognises the unique violation of a second role: 422 failed to create entity', () => {
    expect(isSecondRoleError(new ApiError({ status: 422, message: 'failed to create entity' }))).toBe(true)
    expect(isSecondRoleError(new ApiError({ status: 422, message: 'failed to add policies' }))).toBe(false)
    expect(isSecondRoleError(new ApiError({ status: 400, message: 'entity already exists' }))).toBe(false)
  })
})

describe('roleSource', () => {
  it('tells a role on the client from one on a group or the domain', () => {
    expect(roleSource({ role_id: 'client_a', role_name: 'admin', access_type: 'direct' })).toEqual({ kind: 'client' })
    expect(roleSource({ role_id: 'group_a', role_name: 'lead', access_type: 'direct_group', access_provider_id: 'g' })).toEqual({
      kind: 'group',
      groupId: 'g',
      parent: true,
    })
    expect(roleSource({ role_id: 'group_b', role_name: 'lead', access_type: 'indirect_group', access_provider_id: 'g' })).toMatchObject({
      parent: false,
    })
    expect(roleSource({ role_id: 'domain_a', role_name: 'viewer', access_type: 'domain', access_provider_id: 'd' })).toEqual({
      kind: 'domain',
    })
  })
})
