import type { ReactNode } from 'react'
import { IconChannels, IconCpu, IconLog, IconSettings } from '../../components/ui/icons'

export type NavItem = { label: string; path: string; icon: ReactNode }

/** Sidebar entries; a page appears here only once it exists (no dead links). */
export const NAV_ITEMS: NavItem[] = [
  { label: 'Clients', path: 'clients', icon: <IconCpu /> },
  { label: 'Channels', path: 'channels', icon: <IconChannels /> },
  { label: 'Bootstraps', path: 'bootstraps', icon: <IconSettings /> },
  { label: 'Audit logs', path: 'audit-logs', icon: <IconLog /> },
]
