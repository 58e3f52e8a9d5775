import { useId, useState, type KeyboardEvent } from 'react'
import { addedRow, rowErrors, rowsFromText, textFromRows, type FieldRow } from '../../lib/metadata-fields'
import { Button } from './Button'
import { IconPlus } from './icons'
import { MetadataFieldRow } from './MetadataFieldRow'

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
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void
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

type FieldRowsProps = {
  id?: string
  label: string
  rows: FieldRow[]
  onChange: (rows: FieldRow[]) => void
  describedBy?: string
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void
}

function FieldRows({ id, label, rows, onChange, describedBy, onKeyDown }: FieldRowsProps) {
  const base = useId()
  const errors = rowErrors(rows)
  const set = (rowId: string, patch: (row: FieldRow) => FieldRow) => onChange(rows.map((row) => (row.id === rowId ? patch(row) : row)))
  return (
    <div className="metadata-fields" id={id} role="group" aria-label={label} aria-describedby={describedBy}>
      {rows.length === 0 && <p className="muted metadata-empty">No fields yet.</p>}
      {rows.map((row, index) => (
        <MetadataFieldRow
          key={row.id}
          row={row}
          index={index}
          error={errors.get(row.id)}
          errorId={`${base}-${row.id}-error`}
          onChange={(patch) => set(row.id, patch)}
          onRemove={() => onChange(rows.filter((r) => r.id !== row.id))}
          onKeyDown={onKeyDown}
        />
      ))}
      <div>
        <Button size="sm" icon={<IconPlus />} onClick={() => onChange([...rows, addedRow()])}>
          Add field
        </Button>
      </div>
    </div>
  )
}
