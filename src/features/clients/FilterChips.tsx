import { useQuery } from '@tanstack/react-query'
import { Button } from '../../components/ui/Button'
import { IconX } from '../../components/ui/icons'
import { groupQueries } from '../../data/groups'
import { jsonText } from '../../lib/json'
import { CLEAR_FILTERS, metadataPatch } from './client-filters'
import { metadataOf, searchedId, tagsOf, type ClientListState } from './list-params'

type Props = {
  domainId: string
  state: ClientListState
  onChange: (patch: Partial<ClientListState>) => void
}

/** One removable chip per active filter, the any/all switch once there are two tags, and a way to clear them all. */
export function FilterChips({ domainId, state, onChange }: Props) {
  const tags = tagsOf(state)
  const metadata = metadataOf(state)
  return (
    <div className="filter-chips" aria-label="Active filters" role="group">
      {state.q && (
        <Chip label={searchedId(state.q) ? `id is ${state.q.trim()}` : `name contains “${state.q}”`} onRemove={() => onChange({ q: '' })} />
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
            onChange(metadataPatch(rest))
          }}
        />
      ))}
      {state.group && <GroupChip domainId={domainId} groupId={state.group} onRemove={() => onChange({ group: '' })} />}
      <Button size="sm" variant="ghost" onClick={() => onChange(CLEAR_FILTERS)}>
        Clear filters
      </Button>
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
