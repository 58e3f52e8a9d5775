import { useState, type ReactNode } from 'react'
import { Button } from './Button'
import { Dialog } from './Dialog'
import { FormError } from './Field'

type ConfirmDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: ReactNode
  confirmLabel: string
  tone?: 'danger' | 'primary'
  /** When set, the operator must type this text to enable the confirm button. */
  typeToConfirm?: string
  pending?: boolean
  error?: string | null
  onConfirm: () => void
  /** An alert dialog: outside clicks do not dismiss it, and it is announced as an alert. */
  alert?: boolean
}

export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  tone = 'danger',
  typeToConfirm,
  pending,
  error,
  onConfirm,
  alert,
}: ConfirmDialogProps) {
  const [typed, setTyped] = useState('')
  const matches = !typeToConfirm || typed === typeToConfirm
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setTyped('')
        onOpenChange(next)
      }}
      title={title}
      size="sm"
      role={alert ? 'alertdialog' : undefined}
      modalLock={alert}
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant={tone} loading={pending} disabledReason={matches ? null : 'Type the name exactly to confirm'} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="stack">
        <div className="confirm-text">{description}</div>
        {typeToConfirm !== undefined && (
          <label className="field">
            <span className="field-label">
              Type <strong className="mono">{typeToConfirm}</strong> to confirm
            </span>
            <input className="input" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
          </label>
        )}
        <FormError message={error} />
      </div>
    </Dialog>
  )
}
