import { useMemo } from 'react'
import { parseJsonObject } from '../../lib/json'

type JsonEditorProps = {
  value: string
  onChange: (text: string) => void
  id?: string
  label?: string
  invalid?: boolean
  describedBy?: string
  rows?: number
  onKeyDown?: (event: React.KeyboardEvent<HTMLElement>) => void
  placeholder?: string
}

/** A monospace JSON text area with a Format button; the text is kept exactly as typed until formatted. */
export function JsonEditor({
  value,
  onChange,
  id,
  label,
  invalid,
  describedBy,
  rows = 8,
  onKeyDown,
  placeholder = '{\n  "key": "value"\n}',
}: JsonEditorProps) {
  const parsed = useMemo(() => parseJsonObject(value), [value])
  return (
    <div className="json-editor">
      <textarea
        id={id}
        className="textarea mono-input"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        rows={rows}
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // Tab indents instead of leaving the field only when Shift is not held.
          if (event.key === 'Tab' && !event.shiftKey && !event.ctrlKey) {
            const target = event.currentTarget
            const { selectionStart, selectionEnd } = target
            if (selectionStart === selectionEnd && target.value.slice(0, selectionStart).trimEnd().length < target.value.length) {
              event.preventDefault()
              onChange(`${value.slice(0, selectionStart)}  ${value.slice(selectionEnd)}`)
              requestAnimationFrame(() => target.setSelectionRange(selectionStart + 2, selectionStart + 2))
              return
            }
          }
          onKeyDown?.(event)
        }}
      />
      <div className="json-editor-bar">
        <span className={parsed.ok ? 'json-ok' : 'json-bad'}>{parsed.ok ? 'Valid JSON object' : 'Not a valid JSON object yet'}</span>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          disabled={!parsed.ok}
          onClick={() => parsed.ok && onChange(JSON.stringify(parsed.value, null, 2))}
        >
          Format
        </button>
      </div>
    </div>
  )
}
