import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { errorMessage } from '../../api/errors'
import { Spinner } from './Spinner'
import { IconCheck, IconSearch, IconX } from './icons'

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

const DEBOUNCE_MS = 250

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
  const [text, setText] = useState('')
  const [debounced, setDebounced] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  // Options the user picked, so their chips keep a label after the search text changes.
  const [picked, setPicked] = useState(() => new Map<string, SelectOption>(initialSelected.map((o) => [o.value, o])))
  const inputRef = useRef<HTMLInputElement>(null)
  const rootRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text])

  const results = useQuery({
    queryKey: [...queryKey, 'search', debounced],
    queryFn: ({ signal }) => search(debounced, signal),
    enabled: open,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  })
  const options = useMemo(() => results.data?.options ?? [], [results.data])

  useEffect(() => {
    if (!open) return
    // On click, not on press: where the list sits in the page flow (in dialogs), closing it on press
    // would move the control being clicked out from under the pointer before the click lands.
    const onClick = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [open])

  const optionOf = (v: string, extra?: SelectOption): SelectOption =>
    (extra?.value === v ? extra : undefined) ?? picked.get(v) ?? options.find((o) => o.value === v) ?? { value: v, label: v }
  const selected = value.map((v) => optionOf(v))
  const isSelected = (v: string) => value.includes(v)

  const choose = (option: SelectOption) => {
    if (option.disabledReason) return
    setPicked((map) => new Map(map).set(option.value, option))
    if (multiple) {
      const next = isSelected(option.value) ? value.filter((v) => v !== option.value) : [...value, option.value]
      onChange(
        next,
        next.map((v) => optionOf(v, option)),
      )
    } else {
      onChange([option.value], [option])
      setOpen(false)
      setText('')
    }
  }

  const remove = (v: string) => {
    const next = value.filter((x) => x !== v)
    onChange(
      next,
      next.map((x) => optionOf(x)),
    )
    inputRef.current?.focus()
  }

  const activeOption = open ? options[active] : undefined
  const more = (results.data?.total ?? 0) - options.length

  return (
    <div className={`search-select${invalid ? ' is-invalid' : ''}${disabled ? ' is-disabled' : ''}`} ref={rootRef}>
      {selected.length > 0 && (
        <ul className="search-select-chips" aria-label={`Selected (${selected.length})`}>
          {selected.map((option) => (
            <li key={option.value} className="search-select-chip">
              <span className="truncate" title={option.label}>
                {option.label}
              </span>
              <button type="button" aria-label={`Remove ${option.label}`} onClick={() => remove(option.value)} disabled={disabled}>
                <IconX size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
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
          value={text}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onChange={(event) => {
            setText(event.target.value)
            setActive(0)
            setOpen(true)
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault()
              setOpen(true)
              setActive((i) => Math.min(i + 1, Math.max(0, options.length - 1)))
            } else if (event.key === 'ArrowUp') {
              event.preventDefault()
              setActive((i) => Math.max(i - 1, 0))
            } else if (event.key === 'Enter') {
              if (open && activeOption) {
                event.preventDefault()
                choose(activeOption)
              }
            } else if (event.key === 'Escape') {
              if (open) {
                event.preventDefault()
                event.stopPropagation()
                setOpen(false)
              }
            } else if (event.key === 'Tab') {
              // Tab leaves the picker: an open list would otherwise stay up, and Chrome makes it a tab stop.
              setOpen(false)
            } else if (event.key === 'Backspace' && !text && multiple && value.length) {
              remove(value[value.length - 1])
            }
          }}
        />
        {results.isFetching && open && <Spinner size={14} />}
      </div>
      {open && (
        <div className="search-select-popup">
          <div
            id={listboxId}
            role="listbox"
            tabIndex={-1}
            aria-label={label}
            aria-multiselectable={multiple || undefined}
            className="search-select-list"
          >
            {options.map((option, index) => {
              const chosen = isSelected(option.value)
              return (
                // Keyboard users move through options from the input (aria-activedescendant); clicks are for pointers.
                // oxlint-disable-next-line jsx-a11y/click-events-have-key-events
                <div
                  key={option.value}
                  id={`${listboxId}-${option.value}`}
                  role="option"
                  tabIndex={-1}
                  aria-selected={chosen}
                  aria-disabled={option.disabledReason ? true : undefined}
                  className={`search-select-option${index === active ? ' is-active' : ''}${option.disabledReason ? ' is-disabled' : ''}`}
                  onPointerDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                  onMouseMove={() => setActive(index)}
                >
                  <span className="search-select-check" aria-hidden="true">
                    {chosen && <IconCheck size={14} />}
                  </span>
                  <span className="search-select-text">
                    <span className="truncate">{option.label}</span>
                    {(option.description || option.disabledReason) && (
                      <span className="search-select-description truncate">{option.disabledReason ?? option.description}</span>
                    )}
                  </span>
                </div>
              )
            })}
          </div>
          <p className="search-select-status" role="status">
            {results.isError
              ? `Could not search: ${errorMessage(results.error)}`
              : results.isPending
                ? 'Searching…'
                : options.length === 0
                  ? debounced
                    ? `Nothing matches “${debounced}”`
                    : 'Nothing to choose from'
                  : more > 0
                    ? `${more.toLocaleString()} more — type to narrow the list`
                    : `${options.length.toLocaleString()} ${options.length === 1 ? 'match' : 'matches'}`}
          </p>
        </div>
      )}
    </div>
  )
}
