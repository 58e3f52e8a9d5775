import { useEffect, useState } from 'react'

type Watch = { observer: IntersectionObserver; onSeen: WeakMap<Element, () => void> }
let shared: Watch | undefined

/** One observer for every watched element (a page of rows has dozens), made again if the global changes (tests). */
function watcher(): Watch {
  if (shared && shared.observer instanceof IntersectionObserver) return shared
  const onSeen = new WeakMap<Element, () => void>()
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) onSeen.get(entry.target)?.()
  })
  shared = { observer, onSeen }
  return shared
}

/**
 * True once the element has been on screen (and from then on). Per-row requests wait for it, so a page of rows asks
 * only about the rows in view, and the rest as they are scrolled to. Where there is no IntersectionObserver
 * (jsdom), everything counts as seen.
 */
export function useSeenOnScreen<T extends Element>(): [ref: (element: T | null) => void, seen: boolean] {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined')
  const [element, setElement] = useState<T | null>(null)
  useEffect(() => {
    if (seen || !element) return
    const { observer, onSeen } = watcher()
    onSeen.set(element, () => setSeen(true))
    observer.observe(element)
    return () => {
      onSeen.delete(element)
      observer.unobserve(element)
    }
  }, [seen, element])
  return [setElement, seen]
}
