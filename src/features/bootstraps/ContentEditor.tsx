import { useMemo, useState, type KeyboardEvent } from 'react'
import { ModeSwitch, ObjectFields, useFieldRows } from '../../components/ui/MetadataEditor'
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

/**
 * Free-form content; JSON (text starting with { or [) is checked as it is typed and can be formatted.
 * Content that is a JSON object (or nothing yet) can also be edited as key/value fields.
 */
export function ContentEditor({ value, onChange, id, label, rows = 8, onKeyDown, ...aria }: ContentEditorProps) {
  const check = useMemo(() => checkContent(value), [value])
  const [mode, setMode] = useState<'text' | 'fields'>('text')
  const fields = useFieldRows(value, label ?? 'Content', onChange)
  const invalid = aria.invalid ?? aria['aria-invalid']
  const describedBy = aria.describedBy ?? aria['aria-describedby']
  const isObject = check.kind === 'empty' || (check.kind === 'json' && isPlainObject(check.value))
  return (
    <div className="metadata-editor">
      <ModeSwitch
        label={label ?? 'Content'}
        mode={mode}
        onChange={setMode}
        modes={[
          { value: 'text', label: 'Text' },
          {
            value: 'fields',
            label: 'Fields',
            disabledReason: isObject || mode === 'fields' ? null : 'Only a JSON object can be edited as fields',
          },
        ]}
      />
      {mode === 'fields' ? (
        <ObjectFields
          fields={fields}
          id={id}
          label={label ?? 'Content'}
          describedBy={describedBy}
          onKeyDown={onKeyDown}
          onEditAsText={() => setMode('text')}
        />
      ) : (
        <TextContent
          value={value}
          onChange={onChange}
          id={id}
          label={label}
          rows={rows}
          onKeyDown={onKeyDown}
          invalid={invalid}
          describedBy={describedBy}
          check={check}
        />
      )}
    </div>
  )
}

const isPlainObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value)

function TextContent({
  value,
  onChange,
  id,
  label,
  rows,
  onKeyDown,
  invalid,
  describedBy,
  check,
}: Omit<ContentEditorProps, 'aria-invalid' | 'aria-describedby'> & { check: ReturnType<typeof checkContent> }) {
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
