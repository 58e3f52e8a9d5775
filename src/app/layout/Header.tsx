import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { signOut } from '../../api/auth'
import { displayName } from '../../api/users'
import { Menu } from '../../components/ui/Menu'
import { IconCheck, IconChevronDown, IconLogout, IconMenu, IconMoon, IconSun } from '../../components/ui/icons'
import { useCurrentDomain } from '../../lib/current-domain'
import { applyTheme, storedTheme, type ThemeChoice } from '../../lib/theme'
import { setTimeZoneChoice, useTimeZoneChoice, type TimeZoneChoice } from '../../lib/time-zone'
import { Breadcrumbs } from './Breadcrumbs'
import { domainQueries } from '../../data/domains'

export function Header({ onOpenNav }: { onOpenNav: () => void }) {
  return (
    <header className="header">
      <button type="button" className="header-menu btn btn-ghost btn-md btn-icon" aria-label="Open navigation" onClick={onOpenNav}>
        <IconMenu size={18} />
      </button>
      <Breadcrumbs />
      <div className="header-actions">
        <DomainSwitcher />
        <UserMenu />
      </div>
    </header>
  )
}

function DomainSwitcher() {
  const { domain } = useCurrentDomain()
  const domains = useQuery(domainQueries.list())
  const navigate = useNavigate()
  const others = (domains.data?.domains ?? []).filter((d) => d.id !== domain.id)
  return (
    <Menu
      label={`Domain: ${domain.name}. Switch domain`}
      triggerClassName="btn btn-secondary btn-sm domain-switcher"
      trigger={
        <>
          <span className="domain-switcher-avatar" aria-hidden="true">
            {domain.name.slice(0, 1).toUpperCase()}
          </span>
          <span className="truncate domain-switcher-name">{domain.name}</span>
          <IconChevronDown size={14} />
        </>
      }
      items={[
        { label: domain.name, icon: <IconCheck />, onSelect: () => navigate(`/${domain.id}/clients`) },
        ...others.map((d) => ({
          label: d.name,
          icon: <span className="menu-icon-spacer" />,
          onSelect: () => navigate(`/${d.id}/clients`),
        })),
        'separator' as const,
        { label: 'All domains…', onSelect: () => navigate('/domains') },
      ]}
    />
  )
}

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Theme: follow system' },
  { value: 'light', label: 'Theme: light' },
  { value: 'dark', label: 'Theme: dark' },
]

const TIME_ZONES: { value: TimeZoneChoice; label: string }[] = [
  { value: 'local', label: `Times: local (${Intl.DateTimeFormat().resolvedOptions().timeZone})` },
  { value: 'utc', label: 'Times: UTC' },
]

function UserMenu() {
  const { user, isSuperAdmin } = useCurrentDomain()
  const [theme, setTheme] = useState(storedTheme)
  const zone = useTimeZoneChoice()
  const name = displayName(user)
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase()
  return (
    <Menu
      label={`Account: ${name}`}
      triggerClassName="btn btn-ghost btn-sm user-trigger"
      trigger={
        <span className="avatar" aria-hidden="true">
          {initials}
        </span>
      }
      header={
        <>
          <strong className="truncate">{name}</strong>
          <span className="muted truncate">{user.email ?? user.credentials?.username}</span>
          {isSuperAdmin && <span className="badge badge-accent">super-admin</span>}
        </>
      }
      items={[
        ...THEMES.map((t) => ({
          label: t.label,
          icon: theme === t.value ? <IconCheck /> : t.value === 'dark' ? <IconMoon /> : <IconSun />,
          onSelect: () => {
            applyTheme(t.value)
            setTheme(t.value)
          },
        })),
        'separator',
        ...TIME_ZONES.map((z) => ({
          label: z.label,
          icon: zone === z.value ? <IconCheck /> : undefined,
          onSelect: () => setTimeZoneChoice(z.value),
        })),
        'separator',
        { label: 'Sign out', icon: <IconLogout />, onSelect: signOut },
      ]}
    />
  )
}
