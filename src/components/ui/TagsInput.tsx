import { useRef, useState } from 'react'
import { IconX } from './icons'

type TagsInputProps = {
  value: string[]
  onChange: (tags: string[]) => void
  id?: string
  label?: string
  invalid?: boolean
  describedBy?: string
  placeholder?: string
  onKeyDown?: (event: React.KeyboardEvent<HTMLElement>) => void
}

/**
 * Tags as chips. Enter (or a comma) adds what was typed; Backspace on an empty input or × removes one.
 * Text still in the input when it loses focus is added too, so nothing typed is lost. Enter never submits
 * the surrounding form, not even on an empty input: pressing it twice is a habit from every tag input, and
 * a second Enter must not send a half-filled dialog (an inline editor still saves, through `onKeyDown`).
 */
export function TagsInput({
  value,
  onChange,
  id,
  label,
  invalid,
  describedBy,
  placeholder = 'Type a tag and press Enter',
  onKeyDown,
}: TagsInputProps) {
  const [text, setText] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  const add = (raw: string) => {
    const tags = raw
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t && !value.includes(t))
    if (tags.length) onChange([...value, ...new Set(tags)])
    setText('')
  }
  return (
    <div className={`tags-input${invalid ? ' is-invalid' : ''}`}>
      {value.map((tag) => (
        <span key={tag} className="tags-input-chip">
          <span className="truncate" title={tag}>
            {tag}
          </span>
          <button
            type="button"
            aria-label={`Remove tag ${tag}`}
            onClick={() => {
              onChange(value.filter((t) => t !== tag))
              // The chip's button disappears with the chip; keep focus in the field rather than losing it to the page.
              inputRef.current?.focus()
            }}
          >
            <IconX size={12} />
          </button>
        </span>
      ))}
      <input
        ref={inputRef}
        id={id}
        className="tags-input-field"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder={value.length ? 'Add another…' : placeholder}
        value={text}
        onChange={(event) => {
          const next = event.target.value
          if (next.includes(',')) add(next)
          else setText(next)
        }}
        onBlur={() => text.trim() && add(text)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            if (text.trim()) {
              add(text)
              return
            }
          }
          if (event.key === 'Backspace' && !text && value.length) {
            onChange(value.slice(0, -1))
            return
          }
          onKeyDown?.(event)
        }}
      />
    </div>
  )
}
