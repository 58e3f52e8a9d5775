import { useCallback, useEffect, useRef } from 'react'

type Options = { replace?: boolean }

type Pending<P> = { ticket: number; patch: P | null; push: boolean }

/**
 * Applies a list-state change (sort, page, search) once the rows for it are in, or after `maxWaitMs`, whichever is
 * first. The page then renders once, with the new rows, instead of once for the new URL and again when the rows
 * arrive: the first render and its frame would delay the second. After `maxWaitMs` the change applies anyway and the
 * table shows its progress bar over the current rows, as before.
 *
 * `prepare` starts the request for the merged change and returns when it is answered (or null when the rows are
 * already cached). Changes made while one waits merge into it, so none is lost and the last one wins. A change still
 * waiting is dropped when the page unmounts or its state (`current`) changes some other way, e.g. Back.
 */
export function useApplyWhenReady<P extends object>(current: string, apply: (patch: P, options: Options) => void, maxWaitMs = 100) {
  const pending = useRef<Pending<P>>({ ticket: 0, patch: null, push: false })
  const latest = useRef(current)
  useEffect(() => {
    latest.current = current
  }, [current])
  useEffect(() => {
    const state = pending.current
    return () => {
      state.ticket++
      state.patch = null
    }
  }, [])

  return useCallback(
    (patch: P, prepare: (merged: P) => Promise<unknown> | null, options: Options = {}) => {
      const state = pending.current
      const merged = { ...state.patch, ...patch } as P
      // A history entry is kept if any merged change asked for one.
      const push = state.push || !options.replace
      const ticket = ++state.ticket
      state.patch = merged
      state.push = push
      const from = latest.current
      const commit = () => {
        if (state.ticket !== ticket) return
        state.patch = null
        state.push = false
        if (latest.current !== from) return
        apply(merged, { replace: !push })
      }
      const ready = prepare(merged)
      if (!ready) return commit()
      let timer: ReturnType<typeof setTimeout> | undefined
      void Promise.race([ready, new Promise((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]).then(() => {
        clearTimeout(timer)
        commit()
      })
    },
    [apply, maxWaitMs],
  )
}
