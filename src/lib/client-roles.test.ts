import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/errors'
import { isNotDomainMemberError } from './client-roles'

describe('isNotDomainMemberError', () => {
  it("recognises the roles service's refusal of someone outside the domain, and nothing else", () => {
    expect(isNotDomainMemberError(new ApiError({ status: 403, message: 'member id is not member of domain' }))).toBe(true)
    expect(isNotDomainMemberError(new ApiError({ status: 403, message: 'failed to perform authorization over the entity' }))).toBe(false)
    expect(isNotDomainMemberError(new ApiError({ status: 400, message: 'member id is not member of domain' }))).toBe(false)
    expect(isNotDomainMemberError(new Error('member'))).toBe(false)
  })
})
