import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { errorMessage } from '../../api/errors'

type Options<T, D> = {
  value: T
  toDraft: (value: T) => D
  parse: (draft: D) => { ok: true; value: T } | { ok: false; error: string }
  onSave: (value: T) => Promise<unknown>
  multiline?: boolean
  initiallyEditing: boolean
}

/**
 * An inline field's editing: the draft, its error, saving, the keys (Enter saves, Ctrl/⌘+Enter when multi-line,
 * Escape cancels), and where focus goes when the editor opens and closes.
 */
export function useInlineEdit<T, D>({ value, toDraft, parse, onSave, multiline, initiallyEditing }: Options<T, D>) {
  const [editing, setEditing] = useState(initiallyEditing)
  const [draft, setDraft] = useState<D>(() => toDraft(value))
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const editorRef = useRef<HTMLDivElement>(null)
  const pencilRef = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(false)

  // The editor takes focus when it opens (the user just asked for it). When it closes, focus that was
  // inside it has fallen to the page's body with it: give it to the pencil, unless the user moved on.
  useEffect(() => {
    if (editing) editorRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus()
    else if (wasEditing.current && (!document.activeElement || document.activeElement === document.body)) pencilRef.current?.focus()
    wasEditing.current = editing
  }, [editing])

  const start = () => {
    setDraft(toDraft(value))
    setError(null)
    setEditing(true)
  }
  const cancel = () => {
    setEditing(false)
    setError(null)
  }
  const save = async () => {
    if (saving) return
    const parsed = parse(draft)
    if (!parsed.ok) {
      setError(parsed.error)
      return
    }
    setSaving(true)
    setError(null)
    try {
      await onSave(parsed.value)
      setEditing(false)
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setSaving(false)
    }
  }
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      cancel()
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void save()
    }
  }
  return { editing, draft, setDraft, error, saving, start, cancel, save, onKeyDown, editorRef, pencilRef }
}
