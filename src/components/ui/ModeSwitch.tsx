import { Button } from './Button'

/** Two or three buttons choosing how a value is edited; the chosen one is pressed. */
export function ModeSwitch<M extends string>({
  label,
  modes,
  mode,
  onChange,
}: {
  label: string
  modes: readonly { value: M; label: string; disabledReason?: string | null }[]
  mode: M
  onChange: (mode: M) => void
}) {
  return (
    <div className="segmented" role="group" aria-label={`Edit ${label.toLowerCase()} as`}>
      {modes.map((m) => (
        <Button
          key={m.value}
          size="sm"
          variant={mode === m.value ? 'secondary' : 'ghost'}
          aria-pressed={mode === m.value}
          disabledReason={m.disabledReason}
          onClick={() => onChange(m.value)}
        >
          {m.label}
        </Button>
      ))}
    </div>
  )
}
