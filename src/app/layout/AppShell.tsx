import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { useLocation } from 'react-router-dom'
import { warmDialogs } from '../../components/ui/Dialog'
import { placeTooltipsOnScreen } from '../../components/ui/tooltip-placement'
import { useDemo } from '../../lib/demo'
import { DemoBanner } from './DemoBanner'
import { Header } from './Header'
import { OfflineBanner } from './OfflineBanner'
import { Sidebar } from './Sidebar'
import './layout.css'

export function AppShell({ children }: { children: ReactNode }) {
  const demo = useDemo()
  const [navOpen, setNavOpen] = useState(false)
  const closeNav = useCallback(() => setNavOpen(false), [])
  useWarmDialogsOnFirstUse()
  // Here rather than at start: the sign-in page has no reasons to show, and its first download stays small.
  useEffect(() => placeTooltipsOnScreen(), [])
  const { pathname } = useLocation()
  // The drawer closes when the user navigates.
  const [navPath, setNavPath] = useState(pathname)
  if (pathname !== navPath) {
    setNavPath(pathname)
    setNavOpen(false)
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {demo && <DemoBanner demo={demo} />}
      <OfflineBanner />
      <div className="shell-body">
        <Sidebar open={navOpen} onClose={closeNav} />
        <div className="shell-main">
          <Header onOpenNav={() => setNavOpen(true)} />
          <main id="main" className="page" tabIndex={-1}>
            {children}
          </main>
        </div>
      </div>
    </div>
  )
}

/**
 * The dialogs' code is fetched at the operator's first press of a pointer or key in the console: a click opens a dialog
 * only after its pointer came down, so the download starts ahead of it, and a page that is only read never needs it.
 */
function useWarmDialogsOnFirstUse() {
  useEffect(() => {
    const stop = () => {
      removeEventListener('pointerdown', warm, true)
      removeEventListener('keydown', warm, true)
    }
    const warm = () => {
      void warmDialogs()
      stop()
    }
    addEventListener('pointerdown', warm, { capture: true, passive: true })
    addEventListener('keydown', warm, true)
    return stop
  }, [])
}
