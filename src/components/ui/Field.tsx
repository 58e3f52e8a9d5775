import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react'

export type ControlProps = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined }

type FieldProps = {
  label: ReactNode
  error?: string
  hint?: ReactNode
  required?: boolean
  /**
   * The control. An element receives id, aria-invalid and aria-describedby; a function gets them to
   * place on the real input inside a composite control.
   */
  children: ReactElement<Record<string, unknown>> | ((control: ControlProps) => ReactNode)
  labelAction?: ReactNode
}

/** A labelled form control with its hint and error beside it. */
export function Field({ label, error, hint, required, children, labelAction }: FieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint && !error ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  const controlProps: ControlProps = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy }
  const control =
    typeof children === 'function' ? children(controlProps) : isValidElement(children) ? cloneElement(children, controlProps) : children
  return (
    <div className="field">
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {label}
          {required && (
            <span className="field-required" aria-hidden="true">
              {' '}
              *
            </span>
          )}
        </label>
        {labelAction}
      </div>
      {control}
      {hint && !error && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

/** A form's error that belongs to no one field (the server's message, a conflict); nothing when there is none. */
export function FormError({ message }: { message: ReactNode }) {
  if (!message) return null
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  )
}
