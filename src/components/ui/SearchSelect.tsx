import { useId, useRef, type ReactNode } from 'react'
import { SearchSelectPopup } from './SearchSelectPopup'
import { Spinner } from './Spinner'
import { IconSearch, IconX } from './icons'
import { useSearchSelect } from './useSearchSelect'

export type SelectOption = {
  value: string
  label: string
  description?: ReactNode
  /** Shown instead of selectable (e.g. "already connected"). */
  disabledReason?: string
}

export type SearchResult = { options: SelectOption[]; total: number }

type SearchSelectProps = {
  /** Accessible name of the search input. */
  label: string
  placeholder?: string
  multiple?: boolean
  value: string[]
  onChange: (value: string[], selected: SelectOption[]) => void
  /** Server-side search; called with the debounced text. */
  search: (text: string, signal: AbortSignal) => Promise<SearchResult>
  /** Cache key prefix for the search results (the text is appended). */
  queryKey: readonly unknown[]
  /** Labels for values selected before the component saw them in a result. */
  initialSelected?: SelectOption[]
  invalid?: boolean
  describedBy?: string
  id?: string
  disabled?: boolean
}

/**
 * A searchable picker (WAI-ARIA combobox + listbox). The server does the searching, so it copes with
 * thousands of entries: it shows one page of matches and asks for more typing beyond that.
 */
export function SearchSelect({
  label,
  placeholder,
  multiple = false,
  value,
  onChange,
  search,
  queryKey,
  initialSelected = [],
  invalid,
  describedBy,
  id,
  disabled,
}: SearchSelectProps) {
  const listboxId = useId()
  const inputId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const picker = useSearchSelect({ multiple, value, onChange, search, queryKey, initialSelected, inputRef, rootRef })
  const { open, activeOption } = picker
  return (
    <div className={`search-select${invalid ? ' is-invalid' : ''}${disabled ? ' is-disabled' : ''}`} ref={rootRef}>
      <Chips selected={picker.selected} onRemove={picker.remove} disabled={disabled} />
      <div className="search-select-input-wrap">
        <IconSearch className="search-icon" />
        <input
          ref={inputRef}
          id={id ?? inputId}
          className="input search-select-input"
          role="combobox"
          aria-label={label}
          aria-expanded={open}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${listboxId}-${activeOption.value}` : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          placeholder={placeholder ?? 'Search…'}
          autoComplete="off"
          disabled={disabled}
          value={picker.text}
          onFocus={picker.openList}
          onClick={picker.openList}
          onChange={(event) => picker.onType(event.target.value)}
          onKeyDown={picker.onKeyDown}
        />
        {picker.results.isFetching && open && <Spinner size={14} />}
      </div>
      {open && <SearchSelectPopup listboxId={listboxId} label={label} multiple={multiple} picker={picker} />}
    </div>
  )
}

/** The chosen options as chips, each with its remove button. */
function Chips({ selected, onRemove, disabled }: { selected: SelectOption[]; onRemove: (value: string) => void; disabled?: boolean }) {
  if (selected.length === 0) return null
  return (
    <ul className="search-select-chips" aria-label={`Selected (${selected.length})`}>
      {selected.map((option) => (
        <li key={option.value} className="search-select-chip">
          <span className="truncate" title={option.label}>
            {option.label}
          </span>
          <button type="button" aria-label={`Remove ${option.label}`} onClick={() => onRemove(option.value)} disabled={disabled}>
            <IconX size={12} />
          </button>
        </li>
      ))}
    </ul>
  )
}
