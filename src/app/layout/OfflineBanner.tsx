import { onlineManager } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { IconAlert } from '../../components/ui/icons'

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange)
const isOnline = () => onlineManager.isOnline()

/**
 * Says so while the browser is offline. TanStack Query pauses fetches meanwhile and, once the
 * connection is back, refetches what is on screen (see query-client); writes fail fast with a message.
 */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, isOnline, () => true)
  return (
    <div role="status" aria-live="polite" className="offline-region">
      {!online && (
        <p className="offline-banner">
          <IconAlert size={15} />
          <span>
            <strong>You are offline.</strong> Lists show what was last loaded and saving will fail; the console refreshes when the
            connection returns.
          </span>
        </p>
      )}
    </div>
  )
}
