import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { errorMessage, isApiError, notReachableMessage, type ApiError } from '../../api/errors'
import { healthQueries } from '../../data/health'
import type { Service } from '../../api/config'
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
      <p className="state-description">
        {isApiError(error) && mayBeMisrouted(error) ? <DiagnosedMessage error={error} /> : errorMessage(error)}
      </p>
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

/**
 * An answer from a URL that may not be the service at all: in live mode a bootstrap, journal or certs URL left at
 * Magistrala's gateway reaches the clients service, which answers such requests with its own 400s, 403s and 404s.
 * (Errors carry their service only in live mode; a 401 is the session's, never the URL's.)
 */
function mayBeMisrouted(error: ApiError): boolean {
  if (!error.service) return false
  return error.kind === 'invalid-response' || (error.kind === 'http' && error.status !== 401)
}

/** The error's message, or "… not reachable at …" once the service's /health shows another service answers there. */
function DiagnosedMessage({ error }: { error: ApiError }) {
  const service = error.service as Service
  const check = useQuery(healthQueries.service(service, error.serviceUrl))
  if (check.data?.reachable === false) return notReachableMessage(error, check.data.why)
  return errorMessage(error)
}
