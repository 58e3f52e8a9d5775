import { useMemo } from 'react'
import { parseJsonObject } from '../../lib/json'

/** What the bar under the text says about it; `format` is offered when the text can be pretty-printed. */
export type TextStatus = { message: string; tone: 'ok' | 'bad' | 'muted'; format?: () => string }

/** The default check: the text must be one JSON object (metadata). */
function jsonObjectStatus(text: string): TextStatus {
  const parsed = parseJsonObject(text)
  return parsed.ok
    ? { message: 'Valid JSON object', tone: 'ok', format: () => JSON.stringify(parsed.value, null, 2) }
    : { message: 'Not a valid JSON object yet', tone: 'bad' }
}

const TONE_CLASS = { ok: 'json-ok', bad: 'json-bad', muted: 'muted' } as const

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
  /** Checks the text as it is typed (default: one JSON object). */
  status?: (text: string) => TextStatus
  /** Format stays hidden, rather than disabled, while the text cannot be formatted. */
  formatOnlyWhenValid?: boolean
  /** Tab inserts two spaces inside the text (default) instead of moving on. */
  tabIndents?: boolean
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
  status = jsonObjectStatus,
  formatOnlyWhenValid = false,
  tabIndents = true,
}: JsonEditorProps) {
  const check = useMemo(() => status(value), [status, value])
  const { format } = check
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
          if (tabIndents && event.key === 'Tab' && !event.shiftKey && !event.ctrlKey) {
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
        <span className={TONE_CLASS[check.tone]}>{check.message}</span>
        {(format || !formatOnlyWhenValid) && (
          <button type="button" className="btn btn-ghost btn-sm" disabled={!format} onClick={() => format && onChange(format())}>
            Format
          </button>
        )}
      </div>
    </div>
  )
}
