import { useState } from 'react'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field } from '../../components/ui/Field'
import { metadataValue } from './list-params'

type Props = {
  onClose: () => void
  onAdd: (key: string, value: unknown) => void
}

export function MetadataFilterDialog({ onClose, onAdd }: Props) {
  const [key, setKey] = useState('')
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!key.trim()) return setError('Enter a metadata key')
    onAdd(key.trim(), metadataValue(value))
  }
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Filter by metadata"
      description="Shows clients whose metadata contains this key with this value."
      size="sm"
      footer={<DialogFormFooter form="metadata-filter-form" submitLabel="Add filter" onCancel={onClose} />}
    >
      <form id="metadata-filter-form" className="stack" onSubmit={submit} noValidate>
        <Field label="Key" error={error ?? undefined}>
          <input className="input" value={key} placeholder="model" onChange={(e) => setKey(e.target.value)} />
        </Field>
        <Field label="Value" hint="Numbers, true, false and null match typed values; anything else matches text.">
          <input className="input" value={value} placeholder="DS18B20" onChange={(e) => setValue(e.target.value)} />
        </Field>
      </form>
    </Dialog>
  )
}
