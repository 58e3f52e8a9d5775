import * as z from 'zod/mini'
import { IssueTokenRequest, TokenResponse, User, UsersPage } from '../../src/api/schemas'
import { issueTokenPair, verifyToken } from '../tokens'
import { MockError, authenticate, fail, json, publicUser, queryOf, readBody, route, type MockEnv } from './kit'

/** Users service: sign-in, token refresh, profile, search. */
export function userHandlers(env: MockEnv) {
  const ttl = () => ({
    accessSeconds: env.faults.settings.accessTokenTtlSeconds,
    refreshSeconds: env.faults.settings.refreshTokenTtlSeconds,
  })

  return [
    route('post', '/users/tokens/issue', async (ctx) => {
      const body = await readBody(ctx, z.looseObject({ username: z.optional(z.string()), password: z.optional(z.string()) }))
      const parsed = IssueTokenRequest.safeParse({ username: body.username ?? '', password: body.password ?? '' })
      if (!parsed.success) throw fail.badRequest(parsed.error.issues[0].message)
      const user = ctx.db.findUserByLogin(parsed.data.username)
      if (!user) throw fail.notFound()
      if (user.password !== parsed.data.password || user.status !== 'enabled') throw fail.unauthorized('invalid credentials')
      ctx.db.record('user.issue_token', { id: user.id }, { userId: user.id })
      return json(TokenResponse, issueTokenPair(user, ttl()), { status: 201 })
    }),

    route('post', '/users/tokens/refresh', (ctx) => {
      if (!ctx.request.headers.get('content-type')?.includes('application/json')) throw new MockError(415, 'unsupported content type')
      const header = ctx.request.headers.get('authorization') ?? ''
      if (!header.startsWith('Bearer ')) throw fail.unauthorized()
      const claims = verifyToken(header.slice(7))
      if (!claims || claims.type !== 1) throw fail.unauthorized('failed to perform authentication over the entity')
      const user = ctx.db.users.get(claims.sub)
      if (!user || user.status !== 'enabled') throw fail.unauthorized('failed to perform authentication over the entity')
      ctx.db.record('user.refresh_token', { id: user.id }, { userId: user.id })
      return json(TokenResponse, issueTokenPair(user, ttl(), claims.exp), { status: 201 })
    }),

    route('get', '/users/profile', (c) => {
      const ctx = authenticate(c)
      return json(User, publicUser(ctx.user, true))
    }),

    route('get', '/users/search', (c) => {
      const ctx = authenticate(c)
      const q = queryOf(ctx.url)
      const offset = q.uint('offset', 0)
      const limit = q.limit(10)
      const filters = {
        username: q.string('username'),
        first_name: q.string('first_name'),
        last_name: q.string('last_name'),
        id: q.string('id'),
      }
      if (!Object.values(filters).some(Boolean)) throw fail.badRequest('search query must not be empty')
      if ((filters.username && filters.username.length < 3) || (filters.id && filters.id.length < 3)) {
        throw fail.badRequest('search query must be at least 3 characters')
      }
      const like = (value: string | undefined, needle: string | undefined) =>
        !needle || (value ?? '').toLowerCase().includes(needle.toLowerCase())
      // Searches every platform user with role "user"; super-admins never appear (users/service.go).
      const found = ctx.db.users
        .all()
        .filter((u) => u.role === 'user')
        .filter(
          (u) =>
            like(u.credentials?.username, filters.username) &&
            like(u.first_name, filters.first_name) &&
            like(u.last_name, filters.last_name) &&
            like(u.id, filters.id),
        )
        .sort((a, b) => (a.credentials?.username ?? '').localeCompare(b.credentials?.username ?? ''))
      return json(UsersPage, {
        total: found.length,
        ...(offset ? { offset } : {}),
        limit,
        // The public view: no email.
        users: found.slice(offset, offset + limit).map((u) => publicUser(u, false)),
      })
    }),

    route('get', '/users/:userID', (c) => {
      const ctx = authenticate(c)
      const user = ctx.db.users.get(ctx.params.userID)
      if (!user) throw fail.notFound()
      const full = user.id === ctx.user.id || ctx.db.access.isSuperAdmin(ctx.user.id)
      return json(User, publicUser(user, full))
    }),
  ]
}
