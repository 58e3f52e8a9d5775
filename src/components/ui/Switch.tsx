type SwitchProps = {
  checked: boolean
  onChange: (checked: boolean) => void
  label: string
  disabledReason?: string | null
  busy?: boolean
  /** Visible text beside the switch (e.g. "Enabled"). */
  text?: string
  /** It changes something on the server (marked `data-write` for the read-only sweep). */
  write?: boolean
}

/** An on/off switch (role="switch"); when unavailable it says why on hover and focus. */
export function Switch({ checked, onChange, label, disabledReason, busy, text, write }: SwitchProps) {
  return (
    <span className="switch-wrap">
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-label={label}
        aria-disabled={disabledReason || busy ? true : undefined}
        data-tooltip={disabledReason || undefined}
        data-write={write || undefined}
        className={`switch${checked ? ' is-on' : ''}`}
        onClick={() => {
          if (!disabledReason && !busy) onChange(!checked)
        }}
      >
        <span className="switch-thumb" aria-hidden="true" />
      </button>
      {text && <span className="switch-text">{text}</span>}
    </span>
  )
}
