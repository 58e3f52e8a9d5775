import { useState } from 'react'
import { IconButton } from './Button'
import { CopyButton } from './CopyButton'
import { IconEye, IconEyeOff } from './icons'

/** A secret shown masked by default, with reveal and copy. */
export function SecretField({ value, label = 'secret' }: { value: string; label?: string }) {
  const [shown, setShown] = useState(false)
  return (
    <span className="secret-field">
      <code className="secret-value">{shown ? value : '•'.repeat(Math.min(24, Math.max(8, value.length)))}</code>
      <IconButton
        label={shown ? `Hide ${label}` : `Show ${label}`}
        icon={shown ? <IconEyeOff /> : <IconEye />}
        aria-pressed={shown}
        onClick={() => setShown((v) => !v)}
      />
      <CopyButton value={value} label={`Copy ${label}`} />
    </span>
  )
}
