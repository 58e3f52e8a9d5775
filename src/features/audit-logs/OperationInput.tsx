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
  if (value !== synced) {
    setSynced(value)
    setText(value)
  }
  const report = useEffectEvent((next: string) => onChange(next))

  useEffect(() => {
    const next = text.trim()
    if (next === synced) return
    // A picked suggestion is a whole name: apply it at once.
    const delay = suggestions.includes(next) ? 0 : debounceMs
    const timer = setTimeout(() => report(next), delay)
    return () => clearTimeout(timer)
  }, [text, synced, debounceMs, suggestions])

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
          if (event.key === 'Enter' && text.trim() !== synced) onChange(text.trim())
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
            if (synced !== '') onChange('')
          }}
        >
          <IconX size={14} />
        </button>
      )}
    </div>
  )
}
