import type { KeyboardEvent } from 'react'
import type { FieldRow, FieldType, RowError } from '../../lib/metadata-fields'
import { Button } from './Button'
import { IconTrash } from './icons'

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

type Props = {
  row: FieldRow
  index: number
  error: RowError | undefined
  errorId: string
  onChange: (patch: (row: FieldRow) => FieldRow) => void
  onRemove: () => void
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void
}

/** One key/value field: its key, its type, a value input that fits the type, and its remove button. */
export function MetadataFieldRow({ row, index, error, errorId, onChange, onRemove, onKeyDown }: Props) {
  const name = row.key || `field ${index + 1}`
  const flag = (on: 'key' | 'value') =>
    error?.on === on ? { 'aria-invalid': true, 'aria-describedby': errorId, onKeyDown } : { onKeyDown }
  const setValue = (value: string) => onChange((r) => ({ ...r, value }))
  return (
    <div className="metadata-row">
      <input
        className="input mono-input metadata-key"
        aria-label={`Key of field ${index + 1}`}
        placeholder="key"
        value={row.key}
        spellCheck={false}
        onChange={(event) => onChange((r) => ({ ...r, key: event.target.value }))}
        {...flag('key')}
      />
      <select
        className="select metadata-type"
        aria-label={`Type of ${name}`}
        value={row.type}
        onChange={(event) => onChange((r) => retype(r, event.target.value as FieldType))}
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
          onChange={(event) => setValue(event.target.value)}
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
          onChange={(event) => setValue(event.target.value)}
          {...flag('value')}
        />
      ) : (
        <input
          className={`input metadata-value${row.type === 'number' ? ' mono-input' : ''}`}
          aria-label={`Value of ${name}`}
          inputMode={row.type === 'number' ? 'decimal' : undefined}
          value={row.value}
          onChange={(event) => setValue(event.target.value)}
          {...flag('value')}
        />
      )}
      <Button size="sm" variant="ghost" icon={<IconTrash />} aria-label={`Remove ${name}`} onClick={onRemove} />
      {error && (
        <p className="field-error metadata-row-error" id={errorId}>
          {error.message}
        </p>
      )}
    </div>
  )
}
