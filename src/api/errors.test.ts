import { describe, expect, it } from 'vitest'
import { ApiError } from './errors'
import { SERVER_ERRORS } from './server-errors'

const error = (status: number, message: string) => new ApiError({ status, message })

describe('ApiError reads what the services really send', () => {
  it('takes the role manager and bootstrap 422s for conflicts, as well as 400s and certs 409s', () => {
    expect(error(422, SERVER_ERRORS.addPolicies).isConflict).toBe(true)
    expect(error(422, SERVER_ERRORS.updateEntity).isConflict).toBe(true)
    expect(error(422, SERVER_ERRORS.addBootstrap).isConflict).toBe(true)
    expect(error(400, SERVER_ERRORS.conflict).isConflict).toBe(true)
    expect(error(400, SERVER_ERRORS.clientKeyTaken).isConflict).toBe(true)
    expect(error(409, 'certificate already revoked').isConflict).toBe(true)
  })

  it('does not take every 422 for a conflict: "failed to create entity" is also a refused connection', () => {
    expect(error(422, SERVER_ERRORS.createEntity).isConflict).toBe(false)
    expect(error(422, SERVER_ERRORS.statusAlreadyAssigned).isConflict).toBe(false)
    expect(error(400, SERVER_ERRORS.malformedEntity).isConflict).toBe(false)
  })

  it('matches an exact status and message', () => {
    expect(error(403, SERVER_ERRORS.authorization).is('authorization', 403)).toBe(true)
    expect(error(500, SERVER_ERRORS.authorization).is('authorization', 403)).toBe(false)
    expect(error(403, 'member id is not member of domain').is('authorization', 403)).toBe(false)
  })
})

describe('isAbsentForCaller', () => {
  it('takes a 404 or the 403 Magistrala gives non-admins for an unknown id, nothing else', () => {
    expect(error(404, 'entity not found').isAbsentForCaller).toBe(true)
    expect(error(403, SERVER_ERRORS.authorization).isAbsentForCaller).toBe(true)
    expect(error(401, 'missing or invalid bearer user token').isAbsentForCaller).toBe(false)
    expect(error(500, '').isAbsentForCaller).toBe(false)
    expect(new ApiError({ status: 404, message: 'not found', kind: 'not-the-service' }).isAbsentForCaller).toBe(false)
  })
})
