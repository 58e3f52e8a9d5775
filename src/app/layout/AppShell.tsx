import { useCallback, useState, type ReactNode } from 'react'
import { useLocation } from 'react-router-dom'
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
