import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { clientsNamedQuery } from '../../data/clients'

/** Typing pauses this long before the name is looked up: one lookup per name, not per keystroke. */
export const NAME_LOOKUP_DELAY_MS = 400

/**
 * The domain's clients already named `name` (after a pause in typing). Magistrala allows the same name twice,
 * but it is almost always a mistake, so a form warns without refusing it. Empty while unknown or on failure:
 * a warning that cannot be checked is left out, not shown as an error.
 */
export function useNameInUse(domainId: string, name: string) {
  const wanted = name.trim()
  const [settled, setSettled] = useState(wanted)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(wanted), NAME_LOOKUP_DELAY_MS)
    return () => clearTimeout(timer)
  }, [wanted])
  const named = useQuery({ ...clientsNamedQuery(domainId, settled), enabled: settled !== '' })
  return settled === wanted && named.data ? named.data : []
}
