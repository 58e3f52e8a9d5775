import { useMemo, type KeyboardEvent } from 'react'
import { checkContent } from './content'

type ContentEditorProps = {
  value: string
  onChange: (text: string) => void
  id?: string
  label?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
  invalid?: boolean
  describedBy?: string
  rows?: number
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void
}

const STATUS = {
  empty: 'Empty: the device gets no custom content',
  text: 'Plain text',
  json: 'Valid JSON',
  'invalid-json': 'Invalid JSON',
} as const

/** Free-form content; JSON (text starting with { or [) is checked as it is typed and can be formatted. */
export function ContentEditor({ value, onChange, id, label, rows = 8, onKeyDown, ...aria }: ContentEditorProps) {
  const check = useMemo(() => checkContent(value), [value])
  const invalid = aria.invalid ?? aria['aria-invalid']
  const describedBy = aria.describedBy ?? aria['aria-describedby']
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
        placeholder={'{\n  "mqtt": { "host": "mqtt.example.com", "port": 8883 }\n}'}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="json-editor-bar">
        <span className={check.kind === 'json' ? 'json-ok' : check.kind === 'invalid-json' ? 'json-bad' : 'muted'}>
          {STATUS[check.kind]}
        </span>
        {check.kind === 'json' && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange(JSON.stringify(check.value, null, 2))}>
            Format
          </button>
        )}
      </div>
    </div>
  )
}
