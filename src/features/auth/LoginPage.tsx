import { useLayoutEffect, useRef, useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { signIn } from '../../data/session'
import { errorMessage, isApiError } from '../../api/errors'
import { Button } from '../../components/ui/Button'
import { Field } from '../../components/ui/Field'
import { IconAlert, IconCpu, IconInfo } from '../../components/ui/icons'
import { useDemo } from '../../lib/demo'
import { DemoAccounts } from './DemoAccounts'
import { safeNext, validate, type LoginErrors, type LoginForm } from './login-form'
import { readStaticSignIn, restoreFocus } from './static-sign-in'
import './auth.css'

/** `onSignInStart`: the form is valid and about to be sent (the router starts fetching where sign-in lands). */
export function LoginPage({ onSignInStart }: { onSignInStart?: () => void }) {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const demo = useDemo()
  const [failure, setFailure] = useState<string | null>(null)
  // The one form on the first download: validated with its zod schema directly, because react-hook-form and its resolver
  // would add ~11 KB gz before the console is usable. It behaves like the other forms: errors on submit, re-checked as
  // the user types, focus on the first invalid field.
  // A live build's page shows this form as HTML before the script runs (scripts/sign-in-card.ts): what was typed there
  // is kept, and the focus stays where it was.
  const [adopted] = useState(readStaticSignIn)
  const [values, setValues] = useState<LoginForm>(adopted?.values ?? { username: '', password: '' })
  const formRef = useRef<HTMLFormElement>(null)
  useLayoutEffect(() => restoreFocus(formRef.current, adopted?.focus ?? null), [adopted])
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
    onSignInStart?.()
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

        <form ref={formRef} className="stack" onSubmit={submit} noValidate>
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

        {demo && <DemoAccounts accounts={demo.accounts} onUse={fillAccount} />}
      </div>
    </main>
  )
}
