import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button } from '../../components/ui/Button'
import { Dialog, DialogFormFooter } from '../../components/ui/Dialog'
import { Field } from '../../components/ui/Field'
import { FilterSelect, STATUS_FILTER_OPTIONS } from '../../components/ui/FilterSelect'
import { SearchBox } from '../../components/ui/SearchBox'
import { SearchSelect } from '../../components/ui/SearchSelect'
import { IconPlus, IconX } from '../../components/ui/icons'
import { jsonText } from '../../lib/json'
import { groupQueries } from '../../data/groups'
import { metadataOf, metadataValue, searchedId, tagsOf, type ClientListState } from './list-params'

type Props = {
  domainId: string
  state: ClientListState
  onChange: (patch: Partial<ClientListState>) => void
}

export function hasClientFilters(state: ClientListState) {
  return Boolean(state.q || state.tags || state.meta || state.group || state.status !== 'all')
}

export const CLEAR_FILTERS: Partial<ClientListState> = { q: '', tags: '', tagMode: 'all', meta: '', group: '', status: 'all' }

/** Search by name or pasted id; filter by status, tags (any/all), metadata and parent group. Everything lands in the URL. */
export function ClientsToolbar({ domainId, state, onChange }: Props) {
  const [tagText, setTagText] = useState('')
  const [addingMeta, setAddingMeta] = useState(false)
  const tags = tagsOf(state)
  const metadata = metadataOf(state)

  const addTag = () => {
    const tag = tagText.trim().replace(/[,+]/g, '')
    setTagText('')
    if (tag && !tags.includes(tag)) onChange({ tags: [...tags, tag].join(',') })
  }
  const setMetadata = (next: Record<string, unknown>) => onChange({ meta: Object.keys(next).length ? JSON.stringify(next) : '' })

  return (
    <div className="toolbar-block">
      <div className="toolbar" role="search" aria-label="Filter clients">
        <SearchBox
          label="Search clients by name or ID"
          placeholder="Name, or paste an ID…"
          value={state.q}
          onChange={(q) => onChange({ q })}
        />
        <FilterSelect label="Status" value={state.status} onChange={(status) => onChange({ status })} options={STATUS_FILTER_OPTIONS} />
        <input
          className="input toolbar-tag"
          aria-label="Filter by tag"
          placeholder="Tag, then Enter"
          value={tagText}
          onChange={(e) => setTagText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              addTag()
            }
          }}
          onBlur={addTag}
        />
        <div className="toolbar-group">
          <SearchSelect
            label="Filter by parent group"
            placeholder="Parent group…"
            value={[]}
            onChange={(value) => value[0] && onChange({ group: value[0] })}
            search={groupQueries.search(domainId)}
            queryKey={['groups', domainId, 'picker']}
          />
        </div>
        <Button size="sm" variant="ghost" icon={<IconPlus />} onClick={() => setAddingMeta(true)}>
          Metadata filter
        </Button>
      </div>

      {hasClientFilters(state) && (
        <div className="filter-chips" aria-label="Active filters" role="group">
          {state.q && (
            <Chip
              label={searchedId(state.q) ? `id is ${state.q.trim()}` : `name contains “${state.q}”`}
              onRemove={() => onChange({ q: '' })}
            />
          )}
          {state.status !== 'all' && <Chip label={`status: ${state.status}`} onRemove={() => onChange({ status: 'all' })} />}
          {tags.map((tag) => (
            <Chip key={tag} label={`tag: ${tag}`} onRemove={() => onChange({ tags: tags.filter((t) => t !== tag).join(',') })} />
          ))}
          {tags.length > 1 && (
            <label className="toolbar-filter">
              <span>Match</span>
              <select
                className="select select-sm"
                aria-label="Tags must match"
                value={state.tagMode}
                onChange={(e) => onChange({ tagMode: e.target.value })}
              >
                <option value="any">any tag</option>
                <option value="all">all tags</option>
              </select>
            </label>
          )}
          {Object.entries(metadata).map(([key, value]) => (
            <Chip
              key={key}
              label={`${key} = ${typeof value === 'string' ? value : jsonText(value)}`}
              onRemove={() => {
                const { [key]: _removed, ...rest } = metadata
                setMetadata(rest)
              }}
            />
          ))}
          {state.group && <GroupChip domainId={domainId} groupId={state.group} onRemove={() => onChange({ group: '' })} />}
          <Button size="sm" variant="ghost" onClick={() => onChange(CLEAR_FILTERS)}>
            Clear filters
          </Button>
        </div>
      )}

      {addingMeta && (
        <MetadataFilterDialog
          onClose={() => setAddingMeta(false)}
          onAdd={(key, value) => {
            setMetadata({ ...metadata, [key]: value })
            setAddingMeta(false)
          }}
        />
      )}
    </div>
  )
}

function Chip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <span className="filter-chip">
      <span className="truncate" title={label}>
        {label}
      </span>
      <button type="button" aria-label={`Remove filter ${label}`} onClick={onRemove}>
        <IconX size={12} />
      </button>
    </span>
  )
}

function GroupChip({ domainId, groupId, onRemove }: { domainId: string; groupId: string; onRemove: () => void }) {
  const group = useQuery(groupQueries.detail(domainId, groupId))
  return <Chip label={`group: ${group.data?.name ?? '…'}`} onRemove={onRemove} />
}

function MetadataFilterDialog({ onClose, onAdd }: { onClose: () => void; onAdd: (key: string, value: unknown) => void }) {
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
