import { useEffect, useEffectEvent, useState } from 'react'
import { IconSearch, IconX } from './icons'

type SearchBoxProps = {
  value: string
  onChange: (value: string) => void
  label: string
  placeholder?: string
  /** ms to wait after the last keystroke before `onChange` (the URL and the query) follow. */
  debounceMs?: number
}

/** A search input that reports its value once the user pauses typing (or presses Enter). */
export function SearchBox({ value, onChange, label, placeholder, debounceMs = 300 }: SearchBoxProps) {
  const [text, setText] = useState(value)
  // The value the parent last held: when it changes from outside (Back, "Clear filters"), it wins.
  const [synced, setSynced] = useState(value)
  if (value !== synced) {
    setSynced(value)
    setText(value)
  }
  const report = useEffectEvent((next: string) => onChange(next))

  useEffect(() => {
    if (text.trim() === synced) return
    const timer = setTimeout(() => report(text.trim()), debounceMs)
    return () => clearTimeout(timer)
  }, [text, synced, debounceMs])

  return (
    <div className="search-box">
      <IconSearch className="search-icon" />
      <input
        type="search"
        className="input search-input"
        aria-label={label}
        placeholder={placeholder ?? label}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && text.trim() !== synced) onChange(text.trim())
        }}
      />
      {text && (
        <button
          type="button"
          className="search-clear"
          aria-label="Clear search"
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
