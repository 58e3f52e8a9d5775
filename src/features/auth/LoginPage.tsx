import { useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import * as z from 'zod/mini'
import { signIn } from '../../data/session'
import { errorMessage, isApiError } from '../../api/errors'
import { Button } from '../../components/ui/Button'
import { Field } from '../../components/ui/Field'
import { IconAlert, IconCpu, IconInfo } from '../../components/ui/icons'
import { useDemo } from '../../lib/demo'
import './auth.css'

const LoginForm = z.object({
  username: z.string().check(z.trim(), z.minLength(1, 'Enter your username or email')),
  password: z.string().check(z.minLength(1, 'Enter your password')),
})
type LoginForm = z.infer<typeof LoginForm>
type LoginErrors = Partial<Record<keyof LoginForm, string>>

function validate(values: LoginForm): { data?: LoginForm; errors: LoginErrors } {
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
function safeNext(next: string | null) {
  if (!next?.startsWith('/')) return '/'
  const url = new URL(next, location.origin)
  return url.origin === location.origin && !/^\/[\\/]/.test(next) ? `${url.pathname}${url.search}${url.hash}` : '/'
}

export function LoginPage() {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const demo = useDemo()
  const [failure, setFailure] = useState<string | null>(null)
  // The one form on the first download: validated with its zod schema directly, because react-hook-form and its resolver
  // would add ~11 KB gz before the console is usable. It behaves like the other forms: errors on submit, re-checked as
  // the user types, focus on the first invalid field.
  const [values, setValues] = useState<LoginForm>({ username: '', password: '' })
  const [errors, setErrors] = useState<LoginErrors>({})
  const [attempted, setAttempted] = useState(false)
  const [isSubmitting, setSubmitting] = useState(false)

  const change = (field: keyof LoginForm, value: string) => {
    const next = { ...values, [field]: value }
    setValues(next)
    if (attempted) setErrors(validate(next).errors)
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isSubmitting) return
    setAttempted(true)
    const { data, errors: found } = validate(values)
    setErrors(found)
    if (!data) {
      const first = (['username', 'password'] as const).find((field) => found[field])
      const input = first && event.currentTarget.elements.namedItem(first)
      if (input instanceof HTMLInputElement) input.focus()
      return
    }
    setFailure(null)
    setSubmitting(true)
    try {
      await signIn(data)
      navigate(safeNext(params.get('next')), { replace: true })
    } catch (error) {
      setSubmitting(false)
      setFailure(
        isApiError(error) && error.status === 401
          ? 'Invalid username or password. Check them and try again.'
          : `Could not sign in: ${errorMessage(error)}`,
      )
    }
  }

  const fillAccount = (account: { username: string; password: string }) => {
    setValues({ username: account.username, password: account.password })
    setErrors({})
  }

  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="auth-brand">
          <span className="brand-mark" aria-hidden="true">
            <IconCpu size={20} />
          </span>
          <span className="brand-name">Fleet Console</span>
        </div>
        <h1 className="auth-title">Sign in</h1>
        <p className="auth-subtitle">Manage the devices and applications of your Magistrala domains.</p>

        {params.get('reason') === 'expired' && (
          <p className="auth-notice" role="status">
            <IconInfo /> Your session expired. Sign in again to continue where you were.
          </p>
        )}
        {params.get('unsaved') === '1' && (
          <p className="form-error auth-error" role="alert">
            <IconAlert /> A dialog with unsaved input was closed when the session expired; what you typed there was not saved.
          </p>
        )}

        <form className="stack" onSubmit={submit} noValidate>
          <Field label="Username or email" error={errors.username}>
            <input
              className="input"
              name="username"
              autoComplete="username"
              value={values.username}
              onChange={(event) => change('username', event.target.value)}
            />
          </Field>
          <Field label="Password" error={errors.password}>
            <input
              className="input"
              type="password"
              name="password"
              autoComplete="current-password"
              value={values.password}
              onChange={(event) => change('password', event.target.value)}
            />
          </Field>
          {failure && (
            <p className="form-error auth-error" role="alert">
              <IconAlert /> {failure}
            </p>
          )}
          <Button type="submit" variant="primary" loading={isSubmitting} className="auth-submit">
            Sign in
          </Button>
        </form>

        {demo && (
          <section className="demo-accounts" aria-labelledby="demo-accounts-title">
            <h2 id="demo-accounts-title">Demo accounts</h2>
            <p className="muted">This console runs on built-in demo data. Sign in with:</p>
            <ul>
              {demo.accounts.map((account) => (
                <li key={account.username}>
                  <div>
                    <strong>{account.label}</strong>
                    <span className="mono">
                      {account.username} / {account.password}
                    </span>
                  </div>
                  <Button size="sm" onClick={() => fillAccount(account)}>
                    Use
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  )
}
