import { signIn, signOut } from '../api/auth'

/**
 * Signing in and out: the session (tokens, refresh) lives in `api/session.ts`; pages reach it through here. The
 * signed-in user's profile is `userQueries.profile`.
 */
export { signIn, signOut }
