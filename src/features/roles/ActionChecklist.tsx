import { useId } from 'react'
import { errorMessage } from '../../api/errors'
import { Button } from '../../components/ui/Button'
import { Skeleton } from '../../components/ui/StateViews'
import { actionDescription } from './action-labels'

type ActionChecklistProps = {
  legend: string
  /** The actions offered: from available-actions, never a hard-coded list. */
  actions: string[] | undefined
  value: string[]
  onChange: (value: string[]) => void
  loadError?: unknown
  onRetry?: () => void
  error?: string
  /** Shown when there is nothing left to offer. */
  emptyText?: string
}

/** Checkboxes for a role's actions, with "select all"; kept in the server's order. */
export function ActionChecklist({
  legend,
  actions,
  value,
  onChange,
  loadError,
  onRetry,
  error,
  emptyText = 'No actions to choose from.',
}: ActionChecklistProps) {
  const id = useId()
  const errorId = `${id}-error`
  const chosen = new Set(value)
  const all = actions ?? []
  const everything = all.length > 0 && all.every((a) => chosen.has(a))
  const toggle = (action: string, on: boolean) => onChange(all.filter((a) => (a === action ? on : chosen.has(a))))

  return (
    <fieldset
      className="choice-group action-checklist"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field-label">{legend}</legend>
      {loadError ? (
        <div className="action-checklist-status" role="alert">
          <span>Could not load the available actions: {errorMessage(loadError)}</span>
          {onRetry && (
            <Button size="sm" onClick={onRetry}>
              Retry
            </Button>
          )}
        </div>
      ) : !actions ? (
        <div className="action-checklist-grid" aria-busy="true">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} width="80%" height={16} />
          ))}
        </div>
      ) : all.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <>
          <label className="action-option action-option-all">
            <input type="checkbox" className="checkbox" checked={everything} onChange={(e) => onChange(e.target.checked ? [...all] : [])} />
            <span>Select all</span>
          </label>
          <div className="action-checklist-grid">
            {all.map((action) => {
              const description = actionDescription(action)
              return (
                <label key={action} className="action-option">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={chosen.has(action)}
                    onChange={(e) => toggle(action, e.target.checked)}
                    aria-labelledby={`${id}-${action}-name`}
                    aria-describedby={description ? `${id}-${action}` : undefined}
                  />
                  <span className="action-option-text">
                    <code id={`${id}-${action}-name`}>{action}</code>
                    {description && (
                      <span id={`${id}-${action}`} className="action-option-description">
                        {description}
                      </span>
                    )}
                  </span>
                </label>
              )
            })}
          </div>
        </>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
