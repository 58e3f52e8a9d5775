import { ApiError } from './errors'
import { request, refreshSession } from './http'
import { TokenResponse, type IssueTokenRequest } from './schemas/auth'
import { User } from './schemas/user'
import { session } from './session'

/** Signs in; a wrong password (401) and an unknown user (404) both read as invalid credentials. */
export async function signIn(credentials: IssueTokenRequest): Promise<void> {
  try {
    const tokens = await request({
      service: 'users',
      path: '/users/tokens/issue',
      method: 'POST',
      body: credentials,
      auth: 'none',
      schema: TokenResponse,
    })
    session.setTokens(tokens)
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
      throw new ApiError({ status: 401, message: 'invalid credentials', body: error.body })
    }
    throw error
  }
}

/**
 * Resumes a session after a reload from the refresh token kept for this tab. An outage meanwhile is waited
 * out (see `refreshSession`); only a refused refresh token signs the user out.
 */
export async function resumeSession(): Promise<boolean> {
  if (session.isSignedIn()) return true
  if (!session.refreshToken()) return false
  const result = await refreshSession()
  if (result === 'refused') session.signOut()
  return result === 'refreshed'
}

export function signOut() {
  session.signOut()
}

export function getProfile(signal?: AbortSignal) {
  return request({ service: 'users', path: '/users/profile', schema: User, signal })
}
