import { useId, useState } from 'react'
import { addedRow, rowErrors, rowsFromText, textFromRows, type FieldRow, type FieldType } from '../../lib/metadata-fields'
import { Button } from './Button'
import { JsonEditor } from './JsonEditor'
import { IconPlus, IconTrash } from './icons'

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

const TYPES: { value: FieldType; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'boolean', label: 'True/false' },
  { value: 'json', label: 'JSON' },
]

/** A default value when a row's type changes, keeping what was typed where it still fits. */
function retype(row: FieldRow, type: FieldType): FieldRow {
  if (type === 'boolean') return { ...row, type, value: row.value === 'false' ? 'false' : 'true' }
  if (row.type === 'boolean' && type === 'text') return { ...row, type, value: '' }
  if (type === 'json' && row.type === 'text') return { ...row, type, value: JSON.stringify(row.value) }
  return { ...row, type }
}

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

/** Two or three buttons choosing how a value is edited; the chosen one is pressed. */
export function ModeSwitch<M extends string>({
  label,
  modes,
  mode,
  onChange,
}: {
  label: string
  modes: readonly { value: M; label: string; disabledReason?: string | null }[]
  mode: M
  onChange: (mode: M) => void
}) {
  return (
    <div className="segmented" role="group" aria-label={`Edit ${label.toLowerCase()} as`}>
      {modes.map((m) => (
        <Button
          key={m.value}
          size="sm"
          variant={mode === m.value ? 'secondary' : 'ghost'}
          aria-pressed={mode === m.value}
          disabledReason={m.disabledReason}
          onClick={() => onChange(m.value)}
        >
          {m.label}
        </Button>
      ))}
    </div>
  )
}

/**
 * The rows for JSON text, kept while the text is the one they wrote (a mistake in a row included) and
 * re-read when it changed elsewhere. Held by the editor, so it outlives a switch to the text view.
 */
export function useFieldRows(value: string, label: string, onChange: (text: string) => void) {
  const [fields, setFields] = useState(() => ({ text: value, parsed: rowsFromText(value, label) }))
  let current = fields
  if (fields.text !== value) {
    current = { text: value, parsed: rowsFromText(value, label) }
    setFields(current)
  }
  const update = (next: FieldRow[]) => {
    const text = textFromRows(next)
    setFields({ text, parsed: { ok: true, value: next } })
    onChange(text)
  }
  return { parsed: current.parsed, update }
}

type ObjectFieldsProps = {
  fields: ReturnType<typeof useFieldRows>
  id?: string
  label: string
  describedBy?: string
  onKeyDown?: (event: React.KeyboardEvent<HTMLElement>) => void
  /** Text that is no JSON object cannot be fields: the user fixes it as text. */
  onEditAsText: () => void
}

/** JSON text as key/value rows; edits write the text back. */
export function ObjectFields({ fields, id, label, describedBy, onKeyDown, onEditAsText }: ObjectFieldsProps) {
  if (!fields.parsed.ok) {
    return (
      <div className="metadata-unreadable" id={id} role="group" aria-label={label}>
        <p className="field-error">{fields.parsed.error}. Fix it as text to edit it as fields.</p>
        <Button size="sm" onClick={onEditAsText}>
          Edit as text
        </Button>
      </div>
    )
  }
  return (
    <FieldRows id={id} label={label} rows={fields.parsed.value} onChange={fields.update} describedBy={describedBy} onKeyDown={onKeyDown} />
  )
}

function FieldRows({
  id,
  label,
  rows,
  onChange,
  describedBy,
  onKeyDown,
}: {
  id?: string
  label: string
  rows: FieldRow[]
  onChange: (rows: FieldRow[]) => void
  describedBy?: string
  onKeyDown?: (event: React.KeyboardEvent<HTMLElement>) => void
}) {
  const base = useId()
  const errors = rowErrors(rows)
  const set = (rowId: string, patch: (row: FieldRow) => FieldRow) => onChange(rows.map((row) => (row.id === rowId ? patch(row) : row)))
  return (
    <div className="metadata-fields" id={id} role="group" aria-label={label} aria-describedby={describedBy}>
      {rows.length === 0 && <p className="muted metadata-empty">No fields yet.</p>}
      {rows.map((row, index) => {
        const name = row.key || `field ${index + 1}`
        const error = errors.get(row.id)
        const errorId = `${base}-${row.id}-error`
        const flag = (on: 'key' | 'value') =>
          error?.on === on ? { 'aria-invalid': true, 'aria-describedby': errorId, onKeyDown } : { onKeyDown }
        return (
          <div className="metadata-row" key={row.id}>
            <input
              className="input mono-input metadata-key"
              aria-label={`Key of field ${index + 1}`}
              placeholder="key"
              value={row.key}
              spellCheck={false}
              onChange={(event) => set(row.id, (r) => ({ ...r, key: event.target.value }))}
              {...flag('key')}
            />
            <select
              className="select metadata-type"
              aria-label={`Type of ${name}`}
              value={row.type}
              onChange={(event) => set(row.id, (r) => retype(r, event.target.value as FieldType))}
              onKeyDown={onKeyDown}
            >
              {TYPES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
            {row.type === 'boolean' ? (
              <select
                className="select metadata-value"
                aria-label={`Value of ${name}`}
                value={row.value}
                onChange={(event) => set(row.id, (r) => ({ ...r, value: event.target.value }))}
                onKeyDown={onKeyDown}
              >
                <option value="true">true</option>
                <option value="false">false</option>
              </select>
            ) : row.type === 'json' ? (
              <textarea
                className="textarea mono-input metadata-value"
                aria-label={`Value of ${name}`}
                rows={Math.min(6, row.value.split('\n').length)}
                value={row.value}
                spellCheck={false}
                onChange={(event) => set(row.id, (r) => ({ ...r, value: event.target.value }))}
                {...flag('value')}
              />
            ) : (
              <input
                className={`input metadata-value${row.type === 'number' ? ' mono-input' : ''}`}
                aria-label={`Value of ${name}`}
                inputMode={row.type === 'number' ? 'decimal' : undefined}
                value={row.value}
                onChange={(event) => set(row.id, (r) => ({ ...r, value: event.target.value }))}
                {...flag('value')}
              />
            )}
            <Button
              size="sm"
              variant="ghost"
              icon={<IconTrash />}
              aria-label={`Remove ${name}`}
              onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
            />
            {error && (
              <p className="field-error metadata-row-error" id={errorId}>
                {error.message}
              </p>
            )}
          </div>
        )
      })}
      <div>
        <Button size="sm" icon={<IconPlus />} onClick={() => onChange([...rows, addedRow()])}>
          Add field
        </Button>
      </div>
    </div>
  )
}
