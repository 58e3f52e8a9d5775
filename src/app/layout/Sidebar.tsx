import { useEffect, useRef } from 'react'
import { NavLink } from 'react-router-dom'
import { IconCpu, IconX } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { NAV_ITEMS } from './nav-items'

export function Sidebar({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { domain } = useCurrentDomain()
  const closeRef = useRef<HTMLButtonElement>(null)

  // As a drawer (narrow windows): focus moves in when it opens, and Escape closes it.
  useEffect(() => {
    if (!open) return
    const opener = document.activeElement as HTMLElement | null
    closeRef.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      opener?.focus()
    }
  }, [open, onClose])

  return (
    <>
      {/* A pointer convenience only: keyboard users close the drawer with its button or Escape. */}
      {/* oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div className={`sidebar-scrim${open ? ' is-open' : ''}`} onClick={onClose} aria-hidden="true" />
      <aside className={`sidebar${open ? ' is-open' : ''}`}>
        <div className="sidebar-brand">
          <span className="brand-mark" aria-hidden="true">
            <IconCpu size={18} />
          </span>
          <span className="sidebar-brand-name">Fleet Console</span>
          <button
            ref={closeRef}
            type="button"
            className="sidebar-close btn btn-ghost btn-sm btn-icon"
            aria-label="Close navigation"
            onClick={onClose}
          >
            <IconX />
          </button>
        </div>
        <nav aria-label="Main" className="sidebar-nav">
          <p className="sidebar-section">Manage</p>
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.path}>
                <NavLink to={`/${domain.id}/${item.path}`} className={({ isActive }) => `sidebar-link${isActive ? ' is-active' : ''}`}>
                  {item.icon}
                  <span>{item.label}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <span className="muted">Magistrala API v0.30</span>
        </div>
      </aside>
    </>
  )
}
