import { useEffect, useState } from 'react'

/**
 * False on the first render, true once the browser has painted it. Secondary per-row requests wait on
 * it so a new page of rows is on screen before they start: with the in-page mock backend each request
 * costs main-thread time, and against a real backend one frame of delay is invisible.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (painted) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame =
      typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true)))) : undefined
    if (frame === undefined) timer = setTimeout(() => setPainted(true))
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [painted])
  return painted
}
