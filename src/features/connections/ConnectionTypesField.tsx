import { useId } from 'react'
import type { ConnectionType, ConnectionTypeInput } from '../../api/schemas/channel'
import { CONNECTION_TYPES, toInput } from './connection-types'

type Props = {
  legend: string
  value: ConnectionTypeInput[]
  onChange: (value: ConnectionTypeInput[]) => void
  /** Only these types are offered (e.g. the ones a connection has); default both. */
  options?: readonly ConnectionType[]
  hints?: Partial<Record<ConnectionType, string>>
  error?: string
}

/** Publish and/or Subscribe as a group of checkboxes. */
export function ConnectionTypesField({ legend, value, onChange, options = CONNECTION_TYPES, hints, error }: Props) {
  const baseId = useId()
  const errorId = `${baseId}-error`
  return (
    <fieldset className="choice-group" aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">{legend}</legend>
      <div className="conn-types-options">
        {options.map((type) => {
          const input = toInput(type)
          const checked = value.includes(input)
          const id = `${baseId}-${type}`
          const hint = hints?.[type]
          return (
            <div key={type} className="conn-type-option">
              <input
                id={id}
                type="checkbox"
                className="checkbox"
                checked={checked}
                aria-invalid={error ? true : undefined}
                aria-describedby={hint ? `${id}-hint` : undefined}
                onChange={() => onChange(checked ? value.filter((v) => v !== input) : [...value, input])}
              />
              <label htmlFor={id} className="conn-type-name">
                {type}
              </label>
              {hint && (
                <span id={`${id}-hint`} className="conn-type-hint">
                  {hint}
                </span>
              )}
            </div>
          )
        })}
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
