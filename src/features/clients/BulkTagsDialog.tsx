import { useState } from 'react'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field } from '../../components/ui/Field'
import { TagsInput } from '../../components/ui/TagsInput'
import type { BulkOp } from '../../data/client-bulk'
import { pluralize } from '../../lib/format'

type Mode = 'add' | 'remove'

/** Adds tags to, or removes them from, every selected client; a client already so is left alone (and counted). */
export function BulkTagsDialog({ count, onClose, onApply }: { count: number; onClose: () => void; onApply: (op: BulkOp) => void }) {
  const [mode, setMode] = useState<Mode>('add')
  const [tags, setTags] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!tags.length) return setError('Enter at least one tag')
    onApply(mode === 'add' ? { kind: 'tags', add: tags, remove: [] } : { kind: 'tags', add: [], remove: tags })
  }
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Edit tags"
      description={`Each of the ${pluralize(count, 'selected client')} keeps its other tags; only clients that change are sent.`}
      size="sm"
      footer={
        <DialogFormFooter
          form="bulk-tags-form"
          submitLabel={`${mode === 'add' ? 'Add to' : 'Remove from'} ${pluralize(count, 'client')}`}
          onCancel={onClose}
        />
      }
    >
      <form id="bulk-tags-form" className="stack" onSubmit={submit} noValidate>
        <fieldset className="choice-group">
          <legend className="field-label">Change</legend>
          {(['add', 'remove'] as const).map((value) => (
            <label key={value} className="export-option">
              <input type="radio" name="bulk-tags-mode" checked={mode === value} onChange={() => setMode(value)} />
              {value === 'add' ? 'Add these tags' : 'Remove these tags'}
            </label>
          ))}
        </fieldset>
        <Field label="Tags" error={error ?? undefined}>
          {(control) => (
            <TagsInput
              id={control.id}
              invalid={Boolean(control['aria-invalid'])}
              describedBy={control['aria-describedby']}
              value={tags}
              onChange={(next) => {
                setTags(next)
                setError(null)
              }}
            />
          )}
        </Field>
      </form>
    </Dialog>
  )
}
