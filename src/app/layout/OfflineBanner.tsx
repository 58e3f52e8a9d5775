import { onlineManager } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { reconnection } from '../../api/session'
import { IconAlert } from '../../components/ui/icons'

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange)
const isOnline = () => onlineManager.isOnline()

/** Whether the session's renewal is being retried through an outage (see `refreshSession`). */
export function useReconnecting() {
  return useSyncExternalStore(reconnection.subscribe, reconnection.active, () => false)
}

/**
 * Says so while the browser is offline, or while the server does not answer the session's renewal.
 * TanStack Query pauses fetches while offline and, once the connection is back, refetches what is on
 * screen (see query-client); writes fail fast with a message. During a renewal outage, requests wait for it
 * and carry on once it succeeds.
 */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, isOnline, () => true)
  const reconnecting = useReconnecting()
  return (
    <div role="status" aria-live="polite" className="offline-region">
      {!online ? (
        <p className="offline-banner">
          <IconAlert size={15} />
          <span>
            <strong>You are offline.</strong> Lists show what was last loaded and saving will fail; the console refreshes when the
            connection returns.
          </span>
        </p>
      ) : (
        reconnecting && (
          <p className="offline-banner">
            <IconAlert size={15} />
            <span>
              <strong>Reconnecting…</strong> The server is not answering; you are still signed in, and the console carries on when it
              answers.
            </span>
          </p>
        )
      )}
    </div>
  )
}
