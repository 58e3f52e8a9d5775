import { useId, useState } from 'react'
import { metadataColumnId, moveColumn, orderedIds, type ColumnPrefs } from '../../lib/column-prefs'
import { Button } from './Button'
import { Dialog } from './Dialog'
import { IconArrowDown, IconPlus, IconSettings, IconTrash } from './icons'

type Props = {
  /** The table's name, for the dialog's title. */
  table: string
  /** The columns that can be chosen, in the table's own order, with their headers. */
  columns: { id: string; label: string }[]
  prefs: ColumnPrefs
  onChange: (prefs: ColumnPrefs | null) => void
}

/** Shows, hides and reorders a table's columns, and adds metadata keys as columns; the table keeps the choice. */
export function ColumnChooser({ table, columns, prefs, onChange }: Props) {
  const [open, setOpen] = useState(false)
  const [newKey, setNewKey] = useState('')
  const keyInputId = useId()
  const available = [...columns.map((c) => c.id), ...prefs.metadataKeys.map(metadataColumnId)]
  const ids = orderedIds(prefs, available)
  const labelOf = (id: string) => columns.find((c) => c.id === id)?.label ?? id
  const shownCount = ids.filter((id) => !prefs.hidden.includes(id)).length
  const toggle = (id: string, shown: boolean) =>
    onChange({ ...prefs, order: ids, hidden: shown ? prefs.hidden.filter((h) => h !== id) : [...prefs.hidden, id] })
  const trimmed = newKey.trim()
  const keyProblem = !trimmed
    ? 'Type a metadata key first'
    : prefs.metadataKeys.includes(trimmed)
      ? `“${trimmed}” is a column already`
      : null
  const addKey = () => {
    if (keyProblem) return
    onChange({ ...prefs, order: [...ids, metadataColumnId(trimmed)], metadataKeys: [...prefs.metadataKeys, trimmed] })
    setNewKey('')
  }
  const removeKey = (metadataKey: string) => {
    const id = metadataColumnId(metadataKey)
    onChange({
      order: ids.filter((i) => i !== id),
      hidden: prefs.hidden.filter((h) => h !== id),
      metadataKeys: prefs.metadataKeys.filter((k) => k !== metadataKey),
    })
  }

  return (
    <>
      <Button icon={<IconSettings />} onClick={() => setOpen(true)}>
        Columns
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={`${table}: columns`}
        description="Kept in this browser for this table."
        footer={
          <>
            <Button variant="ghost" onClick={() => onChange(null)}>
              Reset to default
            </Button>
            <Button variant="primary" onClick={() => setOpen(false)}>
              Done
            </Button>
          </>
        }
      >
        <ol className="column-chooser" aria-label="Columns, in order">
          {ids.map((id, index) => {
            const shown = !prefs.hidden.includes(id)
            const label = labelOf(id)
            const metadataKey = id.startsWith('metadata.') ? id.slice('metadata.'.length) : null
            return (
              <li key={id} className="column-chooser-row">
                <label className="checkbox-label">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={shown}
                    // The table keeps at least one column besides its checkboxes and row menu.
                    disabled={shown && shownCount === 1}
                    onChange={(event) => toggle(id, event.target.checked)}
                  />
                  {metadataKey === null ? label : <code>metadata.{metadataKey}</code>}
                </label>
                <span className="spacer" />
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Move ${label} up`}
                  disabledReason={index === 0 ? 'First already' : null}
                  onClick={() => onChange({ ...prefs, order: moveColumn(ids, id, -1) })}
                  icon={<IconArrowDown className="icon-up" />}
                />
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Move ${label} down`}
                  disabledReason={index === ids.length - 1 ? 'Last already' : null}
                  onClick={() => onChange({ ...prefs, order: moveColumn(ids, id, 1) })}
                  icon={<IconArrowDown />}
                />
                {metadataKey !== null && (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Remove the ${label} column`}
                    onClick={() => removeKey(metadataKey)}
                    icon={<IconTrash />}
                  />
                )}
              </li>
            )
          })}
        </ol>
        <form
          className="column-chooser-add"
          onSubmit={(event) => {
            event.preventDefault()
            addKey()
          }}
        >
          <label className="field-label" htmlFor={keyInputId}>
            Metadata key as a column
          </label>
          <div className="row">
            <input
              id={keyInputId}
              className="input mono-input"
              placeholder="e.g. model"
              value={newKey}
              spellCheck={false}
              onChange={(event) => setNewKey(event.target.value)}
            />
            <Button type="submit" icon={<IconPlus />} disabledReason={keyProblem}>
              Add column
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  )
}
