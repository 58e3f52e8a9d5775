import type { ReactNode } from 'react'
import { errorMessage } from '../../api/errors'
import { Button } from './Button'
import { IconAlert, IconRefresh } from './icons'

export function EmptyState({
  title,
  description,
  action,
  icon,
}: {
  title: string
  description?: ReactNode
  action?: ReactNode
  icon?: ReactNode
}) {
  return (
    <div className="state-view">
      {icon && <div className="state-icon">{icon}</div>}
      <h2 className="state-title">{title}</h2>
      {description && <p className="state-description">{description}</p>}
      {action && <div className="state-action">{action}</div>}
    </div>
  )
}

export function ErrorState({
  error,
  onRetry,
  title = 'Could not load this',
  retrying,
}: {
  error: unknown
  onRetry?: () => void
  title?: string
  retrying?: boolean
}) {
  return (
    <div className="state-view state-error" role="alert">
      <div className="state-icon">
        <IconAlert size={22} />
      </div>
      <h2 className="state-title">{title}</h2>
      <p className="state-description">{errorMessage(error)}</p>
      {onRetry && (
        <div className="state-action">
          <Button icon={<IconRefresh />} onClick={onRetry} loading={retrying}>
            Retry
          </Button>
        </div>
      )}
    </div>
  )
}

export function Skeleton({ width = '100%', height = 12 }: { width?: number | string; height?: number }) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />
}
