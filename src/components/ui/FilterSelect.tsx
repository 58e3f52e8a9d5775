export type FilterOption = { value: string; label: string }

/** The filter most lists offer on status: everything, or only enabled or disabled entities. */
export const STATUS_FILTER_OPTIONS: readonly FilterOption[] = [
  { value: 'all', label: 'All' },
  { value: 'enabled', label: 'Enabled' },
  { value: 'disabled', label: 'Disabled' },
]

type FilterSelectProps = {
  /** The visible label beside the select, which also names it ("Status"). */
  label: string
  value: string
  onChange: (value: string) => void
  options: readonly FilterOption[]
}

/** A labelled drop-down in a list's toolbar. */
export function FilterSelect({ label, value, onChange, options }: FilterSelectProps) {
  return (
    <label className="toolbar-filter">
      <span>{label}</span>
      <select className="select select-sm" value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
