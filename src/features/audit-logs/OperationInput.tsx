import { useEffect, useEffectEvent, useId, useState } from 'react'
import { IconSearch, IconX } from '../../components/ui/icons'

type Props = {
  value: string
  onChange: (value: string) => void
  suggestions: readonly string[]
  /** Id of the text that explains the suggestions. */
  describedBy?: string
  debounceMs?: number
}

/**
 * The operation filter: free text with type-ahead suggestions (a native `<datalist>`, so the browser
 * handles the list and the keyboard). The service matches whole names, so the value is reported once
 * the user pauses, picks a suggestion or presses Enter.
 */
export function OperationInput({ value, onChange, suggestions, describedBy, debounceMs = 500 }: Props) {
  const listId = useId()
  const [text, setText] = useState(value)
  const [synced, setSynced] = useState(value)
  // Values reported but not yet back as `value`: the user may type on while they travel (URL, router).
  const [pending, setPending] = useState<string[]>([])
  if (value !== synced) {
    setSynced(value)
    const own = pending.indexOf(value)
    if (own >= 0) {
      setPending(pending.slice(own + 1))
    } else {
      // Changed from outside (Back, "Clear filters"): that wins over the text.
      setPending([])
      setText(value)
    }
  }
  const latest = pending.length > 0 ? pending[pending.length - 1] : synced
  const commit = (next: string) => {
    setPending((list) => [...list, next])
    onChange(next)
  }
  const report = useEffectEvent(commit)

  useEffect(() => {
    const next = text.trim()
    if (next === latest) return
    // A picked suggestion is a whole name: apply it at once.
    const delay = suggestions.includes(next) ? 0 : debounceMs
    const timer = setTimeout(() => report(next), delay)
    return () => clearTimeout(timer)
  }, [text, latest, debounceMs, suggestions])

  return (
    <div className="search-box audit-operation-input">
      <IconSearch className="search-icon" />
      <input
        className="input search-input"
        aria-label="Operation"
        aria-describedby={describedBy}
        placeholder="Operation, e.g. client.update"
        list={listId}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && text.trim() !== latest) commit(text.trim())
        }}
      />
      <datalist id={listId}>
        {suggestions.map((op) => (
          <option key={op} value={op}>
            {op}
          </option>
        ))}
      </datalist>
      {text && (
        <button
          type="button"
          className="search-clear"
          aria-label="Clear operation"
          onClick={() => {
            setText('')
            if (latest !== '') commit('')
          }}
        >
          <IconX size={14} />
        </button>
      )}
    </div>
  )
}
