import { useCallback, useSyncExternalStore } from 'react'

/** Phone widths: lists keep their first columns. The same breakpoint as the layouts' `@media (max-width: 700px)`. */
export const PHONE_QUERY = '(max-width: 700px)'

/** Whether the media query matches now; re-renders when it starts or stops matching. False where there is no matchMedia. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {}
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query],
  )
  return useSyncExternalStore(subscribe, () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches)
}
