import { useState } from 'react'
import { JsonEditor } from './JsonEditor'
import { ObjectFields, useFieldRows } from './MetadataFields'
import { ModeSwitch } from './ModeSwitch'

type Props = {
  /** The JSON text: the one value both views edit, so switching between them loses nothing. */
  value: string
  onChange: (text: string) => void
  id?: string
  label: string
  invalid?: boolean
  describedBy?: string
  rows?: number
  onKeyDown?: (event: React.KeyboardEvent<HTMLElement>) => void
}

type Mode = 'fields' | 'json'

/**
 * A JSON object edited as key/value fields (typed: text, number, true/false, JSON) or as JSON text.
 * The text is the value: fields with a mistake still write it (as typed, not valid JSON), so a form
 * refuses it and the JSON view shows what was typed.
 */
export function MetadataEditor({ value, onChange, id, label, invalid, describedBy, rows: textRows = 8, onKeyDown }: Props) {
  const fields = useFieldRows(value, label, onChange)
  const [mode, setMode] = useState<Mode>(() => (fields.parsed.ok ? 'fields' : 'json'))
  return (
    <div className="metadata-editor">
      <ModeSwitch label={label} modes={MODES} mode={mode} onChange={setMode} />
      {mode === 'json' ? (
        <JsonEditor
          id={id}
          label={label}
          value={value}
          onChange={onChange}
          invalid={invalid}
          describedBy={describedBy}
          rows={textRows}
          onKeyDown={onKeyDown}
        />
      ) : (
        <ObjectFields
          fields={fields}
          id={id}
          label={label}
          describedBy={describedBy}
          onKeyDown={onKeyDown}
          onEditAsText={() => setMode('json')}
        />
      )}
    </div>
  )
}

const MODES = [
  { value: 'fields', label: 'Fields' },
  { value: 'json', label: 'JSON' },
] as const
