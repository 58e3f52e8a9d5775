import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useNavigate, useSearchParams } from 'react-router-dom'
import * as z from 'zod/mini'
import { signIn } from '../../api/auth'
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

/** Only same-site paths are followed after sign-in (no open redirects). */
function safeNext(next: string | null) {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export function LoginPage() {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const demo = useDemo()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<LoginForm>({ resolver: zodResolver(LoginForm), defaultValues: { username: '', password: '' } })
  const { errors, isSubmitting } = form.formState

  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    try {
      await signIn(values)
      navigate(safeNext(params.get('next')), { replace: true })
    } catch (error) {
      setFailure(
        isApiError(error) && error.status === 401
          ? 'Invalid username or password. Check them and try again.'
          : `Could not sign in: ${errorMessage(error)}`,
      )
    }
  })

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
          <Field label="Username or email" error={errors.username?.message}>
            <input className="input" autoComplete="username" {...form.register('username')} />
          </Field>
          <Field label="Password" error={errors.password?.message}>
            <input className="input" type="password" autoComplete="current-password" {...form.register('password')} />
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
                  <Button
                    size="sm"
                    onClick={() => {
                      form.setValue('username', account.username, { shouldValidate: false })
                      form.setValue('password', account.password, { shouldValidate: false })
                      form.clearErrors()
                    }}
                  >
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
