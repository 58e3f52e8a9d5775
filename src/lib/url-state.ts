import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useSearchParams } from 'react-router-dom'

type Value = string | number
export type ParamDefaults = Record<string, Value>

/**
 * A list's state (page, size, sort, search, filters) kept in the URL, so a view survives reload, can
 * be shared, and Back restores it. Values equal to their default are left out of the URL.
 * Changing anything but `page` returns to page 1.
 */
export function useUrlState<T extends ParamDefaults>(defaults: T, validate?: Partial<Record<keyof T, readonly Value[]>>) {
  const [params, setParams] = useSearchParams()
  // react-router hands a functional update the params of the last render, so two changes made before the page
  // re-renders (clear the search, then pick a range at once) would lose the first. Each change builds on the
  // last one written instead; a navigation from outside (Back, a link) resets it.
  const written = useRef(params)
  useLayoutEffect(() => {
    written.current = params
  }, [params])

  const state = useMemo(() => {
    const out = { ...defaults }
    for (const key of Object.keys(defaults) as (keyof T & string)[]) {
      const raw = params.get(key)
      if (raw === null) continue
      const fallback = defaults[key]
      let value: Value = raw
      if (typeof fallback === 'number') {
        const n = Number(raw)
        if (!Number.isInteger(n) || n < 1) continue
        value = n
      }
      const allowed = validate?.[key]
      if (allowed && !allowed.includes(value)) continue
      out[key] = value as T[typeof key]
    }
    return out
  }, [params, defaults, validate])

  const update = useCallback(
    (patch: Partial<T>, options: { replace?: boolean } = {}) => {
      setParams(
        () => {
          const next = new URLSearchParams(written.current)
          const merged: Partial<T> = { ...patch }
          if (!('page' in patch) && 'page' in defaults && Object.keys(patch).length > 0) (merged as Record<string, Value>).page = 1
          for (const [key, value] of Object.entries(merged)) {
            if (value === undefined || value === '' || value === defaults[key]) next.delete(key)
            else next.set(key, String(value))
          }
          written.current = next
          return next
        },
        { replace: options.replace },
      )
    },
    [setParams, defaults],
  )

  return [state, update] as const
}
