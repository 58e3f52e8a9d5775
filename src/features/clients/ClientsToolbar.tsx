import { useState } from 'react'
import { Button } from '../../components/ui/Button'
import { FilterSelect, STATUS_FILTER_OPTIONS } from '../../components/ui/FilterSelect'
import { SearchBox } from '../../components/ui/SearchBox'
import { SearchSelect } from '../../components/ui/SearchSelect'
import { IconPlus } from '../../components/ui/icons'
import { groupQueries } from '../../data/groups'
import { hasClientFilters, metadataPatch } from './client-filters'
import { FilterChips } from './FilterChips'
import { metadataOf, tagsOf, type ClientListState } from './list-params'
import { MetadataFilterDialog } from './MetadataFilterDialog'

type Props = {
  domainId: string
  state: ClientListState
  onChange: (patch: Partial<ClientListState>) => void
}

/** Search by name or pasted id; filter by status, tags (any/all), metadata and parent group. Everything lands in the URL. */
export function ClientsToolbar({ domainId, state, onChange }: Props) {
  const [tagText, setTagText] = useState('')
  const [addingMeta, setAddingMeta] = useState(false)

  const addTag = () => {
    const tags = tagsOf(state)
    const tag = tagText.trim().replace(/[,+]/g, '')
    setTagText('')
    if (tag && !tags.includes(tag)) onChange({ tags: [...tags, tag].join(',') })
  }

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

      {hasClientFilters(state) && <FilterChips domainId={domainId} state={state} onChange={onChange} />}

      {addingMeta && (
        <MetadataFilterDialog
          onClose={() => setAddingMeta(false)}
          onAdd={(key, value) => {
            onChange(metadataPatch({ ...metadataOf(state), [key]: value }))
            setAddingMeta(false)
          }}
        />
      )}
    </div>
  )
}
