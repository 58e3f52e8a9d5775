import * as RadixDialog from '@radix-ui/react-dialog'
import { useEffect, useRef, useState } from 'react'
import { unsavedInput } from '../../lib/unsaved-input'
import type { DialogProps } from './Dialog'
import { IconX } from './icons'

/** Dialog's body, loaded with the first dialog that opens. A focus-trapped modal (Radix): focus starts in the first field, Escape closes it and focus returns to the opener. */
export function Modal({ open, onOpenChange, title, description, children, footer, size = 'md', modalLock, role }: DialogProps) {
  const contentRef = useRef<HTMLDivElement>(null)
  const opener = useRef<HTMLElement | null>(null)
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
          ref={contentRef}
          className={`dialog dialog-${size}`}
          // Radix returns focus only to a Radix Dialog.Trigger, and our dialogs are opened by plain buttons and menu
          // items: remember what had focus, and start in the first field (Radix would pick the header's close button).
          onOpenAutoFocus={(event) => {
            opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
            const field = contentRef.current?.querySelector<HTMLElement>(
              '.dialog-body :is(input:not([type="hidden"], [type="file"]), select, textarea):not(:disabled)',
            )
            // A picker opens its list on focus: leave Radix's default there rather than pop a list up unasked.
            if (field && field.getAttribute('role') !== 'combobox') {
              event.preventDefault()
              field.focus()
            }
          }}
          // Back to the opener; if it is gone (its row was deleted), to the page's main content rather than nowhere.
          onCloseAutoFocus={(event) => {
            event.preventDefault()
            const target = opener.current?.isConnected ? opener.current : document.getElementById('main')
            target?.focus()
            opener.current = null
          }}
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
