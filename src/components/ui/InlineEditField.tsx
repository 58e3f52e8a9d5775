import { useId, type KeyboardEvent, type ReactNode } from 'react'
import { IconButton } from './Button'
import { IconCheck, IconPencil, IconX } from './icons'
import { useInlineEdit } from './useInlineEdit'

export type EditorProps<D> = {
  id: string
  draft: D
  setDraft: (draft: D) => void
  invalid: boolean
  describedBy: string | undefined
  /** Enter saves (Ctrl/⌘+Enter in multi-line editors), Escape cancels. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
}

/**
 * An inline editor's props as a form control takes them (`value`, `onChange`), so a control needs no forwarding:
 * `renderEditor={(editor) => <JsonEditor {...controlProps(editor)} label="Metadata" />}`.
 */
export function controlProps<D>({ draft, setDraft, ...rest }: EditorProps<D>) {
  return { ...rest, value: draft, onChange: setDraft }
}

type InlineTextEditorProps = EditorProps<string> & {
  /** The input's accessible name; the field's label ("Name"). */
  label: string
  /** For keys and identifiers: monospace, and no spell-check or autofill to mangle them. */
  mono?: boolean
}

/** The one-line text input most inline fields edit with: `renderEditor={(editor) => <InlineTextEditor {...editor} label="Name" />}`. */
export function InlineTextEditor({ id, draft, setDraft, invalid, describedBy, onKeyDown, label, mono }: InlineTextEditorProps) {
  return (
    <input
      id={id}
      className={mono ? 'input mono-input' : 'input'}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      value={draft}
      spellCheck={mono ? false : undefined}
      autoComplete={mono ? 'off' : undefined}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
    />
  )
}

export type InlineEditFieldProps<T, D> = {
  /** The field's name, used in the controls' labels ("Edit name"). */
  label: string
  value: T
  display: (value: T) => ReactNode
  toDraft: (value: T) => D
  /** Validates the draft; an error keeps the editor open with the message. */
  parse: (draft: D) => { ok: true; value: T } | { ok: false; error: string }
  renderEditor: (props: EditorProps<D>) => ReactNode
  onSave: (value: T) => Promise<unknown>
  multiline?: boolean
  disabledReason?: string | null
  /** Open in edit mode (e.g. arriving from an "Edit" action). */
  initiallyEditing?: boolean
}

/**
 * A value shown read-only with a pencil; editing happens in place with check (save) and cross
 * (cancel). A failed save keeps the editor open with what was typed and the server's message.
 */
export function InlineEditField<T, D>({
  label,
  value,
  display,
  toDraft,
  parse,
  renderEditor,
  onSave,
  multiline,
  disabledReason,
  initiallyEditing,
}: InlineEditFieldProps<T, D>) {
  const id = useId()
  const errorId = `${id}-error`
  const lower = label.toLowerCase()
  const { editing, draft, setDraft, error, saving, start, cancel, save, onKeyDown, editorRef, pencilRef } = useInlineEdit({
    value,
    toDraft,
    parse,
    onSave,
    multiline,
    initiallyEditing: Boolean(initiallyEditing) && !disabledReason,
  })

  if (!editing) {
    return (
      <div className="inline-edit">
        <div className="inline-edit-value">{display(value)}</div>
        <IconButton ref={pencilRef} label={`Edit ${lower}`} icon={<IconPencil />} onClick={start} disabledReason={disabledReason} />
      </div>
    )
  }
  return (
    <div className="inline-edit is-editing">
      <div className="inline-edit-editor" ref={editorRef}>
        {renderEditor({ id, draft, setDraft, invalid: Boolean(error), describedBy: error ? errorId : undefined, onKeyDown })}
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
        {multiline && !error && <p className="field-hint">Ctrl+Enter saves, Escape cancels.</p>}
      </div>
      <div className="inline-edit-actions">
        <IconButton label={`Save ${lower}`} icon={<IconCheck />} variant="primary" loading={saving} onClick={save} />
        <IconButton label={`Cancel editing ${lower}`} icon={<IconX />} onClick={cancel} disabled={saving} />
      </div>
    </div>
  )
}
