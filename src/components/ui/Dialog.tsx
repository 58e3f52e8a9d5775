import { Suspense, use, useState, type ReactNode } from 'react'
import { Button } from './Button'

export type DialogProps = {
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

// Radix's dialog, focus trap and scroll lock (~13 KB gz) are downloaded when a dialog is about to be used, not with
// every page that has one: `warmDialogs` runs at the first pointer or key press in the console (AppShell).
let modal: Promise<typeof import('./Modal')> | null = null
let loaded: typeof import('./Modal') | null = null

export function warmDialogs() {
  modal ??= import('./Modal').then((module) => (loaded = module))
  return modal
}

/** A focus-trapped modal: focus starts in the first field, Escape closes it and focus returns to the opener. */
export function Dialog(props: DialogProps) {
  // Mounted from its first opening on, so closing runs Radix's own close (focus back to the opener).
  const [used, setUsed] = useState(props.open)
  if (props.open && !used) setUsed(true)
  if (!used) return null
  return (
    <Suspense fallback={null}>
      <LoadedModal {...props} />
    </Suspense>
  )
}

function LoadedModal(props: DialogProps) {
  const { Modal } = loaded ?? use(warmDialogs())
  return <Modal {...props} />
}

type DialogFormFooterProps = {
  /** The id of the dialog's form: the footer sits outside it, so the submit button names it. */
  form: string
  submitLabel: ReactNode
  submitting?: boolean
  onCancel: () => void
  /** `danger` when submitting removes something. */
  tone?: 'primary' | 'danger'
}

/** Cancel, and the button that submits the dialog's form (showing progress, so it cannot be submitted twice). */
export function DialogFormFooter({ form, submitLabel, submitting, onCancel, tone = 'primary' }: DialogFormFooterProps) {
  return (
    <>
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="submit" form={form} variant={tone} loading={submitting}>
        {submitLabel}
      </Button>
    </>
  )
}
