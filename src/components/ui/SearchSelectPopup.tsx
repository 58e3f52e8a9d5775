import { errorMessage } from '../../api/errors'
import { IconCheck } from './icons'
import type { SelectOption } from './SearchSelect'
import type { useSearchSelect } from './useSearchSelect'

type Props = {
  listboxId: string
  label: string
  multiple: boolean
  picker: ReturnType<typeof useSearchSelect>
}

/** The open list of a search picker: one page of matches, and a line saying what the search found. */
export function SearchSelectPopup({ listboxId, label, multiple, picker }: Props) {
  const { options, active, results } = picker
  return (
    <div className="search-select-popup">
      <div
        id={listboxId}
        role="listbox"
        tabIndex={-1}
        aria-label={label}
        aria-multiselectable={multiple || undefined}
        className="search-select-list"
      >
        {options.map((option, index) => (
          <Option
            key={option.value}
            id={`${listboxId}-${option.value}`}
            option={option}
            chosen={picker.isSelected(option.value)}
            active={index === active}
            onChoose={() => picker.choose(option)}
            onHover={() => picker.setActive(index)}
          />
        ))}
      </div>
      <p className="search-select-status" role="status">
        {results.isError ? `Could not search: ${errorMessage(results.error)}` : results.isPending ? 'Searching…' : summary(picker)}
      </p>
    </div>
  )
}

function summary({ options, debounced, results }: ReturnType<typeof useSearchSelect>) {
  const more = (results.data?.total ?? 0) - options.length
  if (options.length === 0) return debounced ? `Nothing matches “${debounced}”` : 'Nothing to choose from'
  if (more > 0) return `${more.toLocaleString()} more — type to narrow the list`
  return `${options.length.toLocaleString()} ${options.length === 1 ? 'match' : 'matches'}`
}

type OptionProps = { id: string; option: SelectOption; chosen: boolean; active: boolean; onChoose: () => void; onHover: () => void }

function Option({ id, option, chosen, active, onChoose, onHover }: OptionProps) {
  return (
    // Keyboard users move through options from the input (aria-activedescendant); clicks are for pointers.
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={chosen}
      aria-disabled={option.disabledReason ? true : undefined}
      className={`search-select-option${active ? ' is-active' : ''}${option.disabledReason ? ' is-disabled' : ''}`}
      onPointerDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onMouseMove={onHover}
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
}
