import * as z from 'zod/mini'

/** Sign-in body; `username` may also be the email. Messages are the users service's own. */
export const IssueTokenRequest = z.object({
  username: z.string().check(z.trim(), z.minLength(1, 'missing username / email')),
  password: z.string().check(z.minLength(1, 'missing password')),
})
export type IssueTokenRequest = z.infer<typeof IssueTokenRequest>

export const TokenResponse = z.looseObject({
  access_token: z.string(),
  refresh_token: z.string(),
  access_type: z.optional(z.string()),
})
export type TokenResponse = z.infer<typeof TokenResponse>
