import { createContext, useContext } from 'react'
import type { Domain } from '../api/schemas/domain'
import type { User } from '../api/schemas/user'

export type CurrentDomain = {
  domain: Domain
  user: User
  /** Platform super-admins may do everything, in every domain. */
  isSuperAdmin: boolean
  /** A domain-level action the user holds, e.g. `client_create`. */
  canDomain: (action: string) => boolean
}

export const CurrentDomainContext = createContext<CurrentDomain | null>(null)

/** The domain the page is in and who is signed in; provided by the domain layout. */
export function useCurrentDomain(): CurrentDomain {
  const value = useContext(CurrentDomainContext)
  if (!value) throw new Error('useCurrentDomain is only available inside a domain route')
  return value
}

export function makeCurrentDomain(domain: Domain, user: User): CurrentDomain {
  const isSuperAdmin = user.role === 'admin'
  const actions = new Set(domain.actions ?? [])
  return { domain, user, isSuperAdmin, canDomain: (action) => isSuperAdmin || actions.has(action) }
}
