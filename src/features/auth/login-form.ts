import * as z from 'zod/mini'

export const LoginForm = z.object({
  username: z.string().check(z.trim(), z.minLength(1, 'Enter your username or email')),
  password: z.string().check(z.minLength(1, 'Enter your password')),
})
export type LoginForm = z.infer<typeof LoginForm>
export type LoginErrors = Partial<Record<keyof LoginForm, string>>

export function validate(values: LoginForm): { data?: LoginForm; errors: LoginErrors } {
  const result = LoginForm.safeParse(values)
  if (result.success) return { data: result.data, errors: {} }
  const errors: LoginErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof LoginForm
    errors[field] ??= issue.message
  }
  return { errors }
}

/**
 * Only same-site paths are followed after sign-in (no open redirects). Checked the way the browser reads
 * the URL: it takes `/\host` and `/<tab>/host` for `//host`, another site.
 */
export function safeNext(next: string | null) {
  if (!next?.startsWith('/')) return '/'
  const url = new URL(next, location.origin)
  return url.origin === location.origin && !/^\/[\\/]/.test(next) ? `${url.pathname}${url.search}${url.hash}` : '/'
}
