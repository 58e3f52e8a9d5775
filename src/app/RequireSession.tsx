import { useEffect, useState } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router-dom'
import { resumeSession } from '../api/auth'
import { session } from '../api/session'
import { useReconnecting } from './layout/OfflineBanner'
import { PageLoader } from './pages/PageLoader'

/**
 * Lets signed-in users through; resumes a session after a reload; else sends them to sign in and back.
 * Signing out and expiry while inside are handled by <App/>, which clears the cache and navigates.
 */
export function RequireSession() {
  const location = useLocation()
  const [state, setState] = useState<'checking' | 'in' | 'out'>(session.isSignedIn() ? 'in' : 'checking')
  const reconnecting = useReconnecting()

  useEffect(() => {
    if (state !== 'checking') return
    let active = true
    void resumeSession().then((ok) => {
      if (active) setState(ok ? 'in' : 'out')
    })
    return () => {
      active = false
    }
  }, [state])

  if (state === 'checking') {
    const message = reconnecting ? 'Reconnecting… The server is not answering yet; you are still signed in.' : undefined
    return <PageLoader label="Restoring your session" message={message} />
  }
  if (state === 'out') {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />
  }
  return <Outlet />
}
