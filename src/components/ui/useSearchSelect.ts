import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type RefObject } from 'react'
import type { SearchResult, SelectOption } from './SearchSelect'

const DEBOUNCE_MS = 250

type Options = {
  multiple: boolean
  value: string[]
  onChange: (value: string[], selected: SelectOption[]) => void
  search: (text: string, signal: AbortSignal) => Promise<SearchResult>
  queryKey: readonly unknown[]
  initialSelected: SelectOption[]
  /** The input, focused again after a chip is removed. */
  inputRef: RefObject<HTMLInputElement | null>
  /** The whole picker: a click outside it closes the list. */
  rootRef: RefObject<HTMLElement | null>
}

/** The typed text, debounced before it becomes a search. */
function useDebouncedText() {
  const [text, setText] = useState('')
  const [debounced, setDebounced] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text])
  return { text, setText, debounced }
}

/** Closes the list on a click outside `root`, while it is open. */
function useCloseOnOutsideClick(open: boolean, root: RefObject<HTMLElement | null>, close: () => void) {
  useEffect(() => {
    if (!open) return
    // On click, not on press: where the list sits in the page flow (in dialogs), closing it on press
    // would move the control being clicked out from under the pointer before the click lands.
    const onClick = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) close()
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [open, root, close])
}

/** A search picker's state: the text and its server results, the open list, the active option, what is picked. */
export function useSearchSelect({ multiple, value, onChange, search, queryKey, initialSelected, inputRef, rootRef }: Options) {
  const { text, setText, debounced } = useDebouncedText()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  // Options the user picked, so their chips keep a label after the search text changes.
  const [picked, setPicked] = useState(() => new Map<string, SelectOption>(initialSelected.map((o) => [o.value, o])))
  const close = useCallback(() => setOpen(false), [])
  useCloseOnOutsideClick(open, rootRef, close)

  const results = useQuery({
    queryKey: [...queryKey, 'search', debounced],
    queryFn: ({ signal }) => search(debounced, signal),
    enabled: open,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  })
  const options = useMemo(() => results.data?.options ?? [], [results.data])

  const optionOf = (v: string, extra?: SelectOption): SelectOption =>
    (extra?.value === v ? extra : undefined) ?? picked.get(v) ?? options.find((o) => o.value === v) ?? { value: v, label: v }
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

  const onType = (next: string) => {
    setText(next)
    setActive(0)
    setOpen(true)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
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
  }

  return {
    text,
    debounced,
    open,
    openList: () => setOpen(true),
    active,
    setActive,
    activeOption,
    results,
    options,
    selected: value.map((v) => optionOf(v)),
    isSelected,
    choose,
    remove,
    onType,
    onKeyDown,
  }
}
