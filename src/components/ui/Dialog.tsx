import * as RadixDialog from '@radix-ui/react-dialog'
import { useEffect, useState, type ReactNode } from 'react'
import { unsavedInput } from '../../lib/unsaved-input'
import { IconX } from './icons'

type DialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description?: ReactNode
  children: ReactNode
  footer?: ReactNode
  size?: 'sm' | 'md' | 'lg' | 'xl'
  /** Keeps the dialog open on outside clicks (forms with unsaved input). */
  modalLock?: boolean
  /** `alertdialog` for confirmations of destructive actions (read out as an alert). */
  role?: 'dialog' | 'alertdialog'
}

/** A focus-trapped modal (Radix): Escape closes it and focus returns to the opener. */
export function Dialog({ open, onOpenChange, title, description, children, footer, size = 'md', modalLock, role }: DialogProps) {
  // Anything typed into an open dialog counts as unsaved until it closes (a save closes it).
  const [typed, setTyped] = useState(false)
  if (!open && typed) setTyped(false)
  useEffect(() => (open && typed ? unsavedInput.hold() : undefined), [open, typed])
  const markTyped = () => {
    if (!typed) setTyped(true)
  }
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={`dialog dialog-${size}`}
          // Only when set: an undefined role would override Radix's own "dialog".
          {...(role ? { role } : {})}
          onInput={markTyped}
          onChange={markTyped}
          onPointerDownOutside={modalLock ? (event) => event.preventDefault() : undefined}
          // Radix hears Escape (capture phase) before an open picker inside the dialog can close itself.
          onEscapeKeyDown={(event) => {
            if (event.target instanceof Element && event.target.closest('[role="combobox"][aria-expanded="true"]')) event.preventDefault()
          }}
          // Radix wants an explicit "no description" when there is none.
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <header className="dialog-header">
            <div>
              <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
              {description && <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description>}
            </div>
            <RadixDialog.Close className="dialog-close" aria-label="Close dialog">
              <IconX />
            </RadixDialog.Close>
          </header>
          <div className="dialog-body">{children}</div>
          {footer && <footer className="dialog-footer">{footer}</footer>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  )
}
