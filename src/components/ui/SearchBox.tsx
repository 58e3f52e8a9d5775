import { useEffect, useRef, useState } from 'react'
import { IconSearch, IconX } from './icons'

type SearchBoxProps = {
  value: string
  onChange: (value: string) => void
  label: string
  placeholder?: string
  /** ms to wait after the last keystroke before `onChange` (the URL and the query) follow. */
  debounceMs?: number
}

/** A search input that reports its value after the user pauses typing. */
export function SearchBox({ value, onChange, label, placeholder, debounceMs = 300 }: SearchBoxProps) {
  const [text, setText] = useState(value)
  const latest = useRef(onChange)
  latest.current = onChange
  const pending = useRef(false)

  // Follow outside changes (Back, a cleared filter) unless the user is mid-typing.
  useEffect(() => {
    if (!pending.current) setText(value)
  }, [value])

  useEffect(() => {
    if (!pending.current) return
    const timer = setTimeout(() => {
      pending.current = false
      latest.current(text.trim())
    }, debounceMs)
    return () => clearTimeout(timer)
  }, [text, debounceMs])

  return (
    <div className="search-box">
      <IconSearch className="search-icon" />
      <input
        type="search"
        className="input search-input"
        aria-label={label}
        placeholder={placeholder ?? label}
        value={text}
        onChange={(event) => {
          pending.current = true
          setText(event.target.value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            pending.current = false
            latest.current(text.trim())
          }
        }}
      />
      {text && (
        <button
          type="button"
          className="search-clear"
          aria-label="Clear search"
          onClick={() => {
            pending.current = false
            setText('')
            latest.current('')
          }}
        >
          <IconX size={14} />
        </button>
      )}
    </div>
  )
}
