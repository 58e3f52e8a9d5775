import { forwardRef, useId, type ButtonHTMLAttributes, type ReactNode } from 'react'
import { Spinner } from './Spinner'

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger'

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant
  size?: 'sm' | 'md'
  icon?: ReactNode
  loading?: boolean
  /**
   * Why the control is unavailable. The button stays focusable (aria-disabled) and explains itself on
   * hover and focus, instead of silently doing nothing.
   */
  disabledReason?: string | null
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'md', icon, loading, disabledReason, disabled, className, children, onClick, type = 'button', ...rest },
  ref,
) {
  const reasonId = useId()
  const blocked = Boolean(disabledReason)
  const inactive = disabled || blocked || loading
  return (
    <>
      <button
        ref={ref}
        type={type}
        className={`btn btn-${variant} btn-${size}${className ? ` ${className}` : ''}`}
        disabled={disabled}
        aria-disabled={blocked || loading ? true : undefined}
        aria-busy={loading || undefined}
        aria-describedby={blocked ? reasonId : rest['aria-describedby']}
        data-tooltip={disabledReason || undefined}
        onClick={(event) => {
          if (inactive) {
            event.preventDefault()
            return
          }
          onClick?.(event)
        }}
        {...rest}
      >
        {loading ? <Spinner size={14} /> : icon}
        {children}
      </button>
      {/* Outside the button, so it describes the control without becoming part of its name. */}
      {blocked && (
        <span id={reasonId} className="visually-hidden">
          {disabledReason}
        </span>
      )}
    </>
  )
})

type IconButtonProps = Omit<ButtonProps, 'children' | 'icon'> & { label: string; icon: ReactNode }

/** A button showing only an icon; `label` is its accessible name and tooltip. */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, icon, variant = 'ghost', size = 'sm', className, disabledReason, ...rest },
  ref,
) {
  return (
    <Button
      ref={ref}
      variant={variant}
      size={size}
      className={`btn-icon${className ? ` ${className}` : ''}`}
      aria-label={label}
      title={disabledReason ? undefined : label}
      disabledReason={disabledReason}
      icon={icon}
      {...rest}
    />
  )
})
