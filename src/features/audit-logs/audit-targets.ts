import { searchChannels } from '../../data/channels'
import { searchClients } from '../../data/clients'
import { searchUsers } from '../../data/users'
import { displayName } from '../../lib/users'
import type { User } from '../../api/schemas/user'
import type { SearchResult, SelectOption } from '../../components/ui/SearchSelect'
import { readStored, writeStored } from '../../lib/browser-storage'

/** Whose journal the Audit logs page shows. */
export const TARGET_TYPES = [
  { value: 'user', label: 'A user (all they did)' },
  { value: 'client', label: 'A client' },
  { value: 'channel', label: 'A channel' },
  { value: 'group', label: 'A group' },
] as const

export type TargetType = (typeof TARGET_TYPES)[number]['value']

const PICKER_LIMIT = 10

const userOption = (user: User, me?: string): SelectOption => ({
  value: user.id,
  label: user.id === me ? `${displayName(user)} (you)` : displayName(user),
  description: user.credentials?.username ? `@${user.credentials.username}` : user.id,
})

/**
 * `/users/search` needs three characters and never returns super-admins, so the signed-in user is
 * always offered first.
 */
export function searchUserOptions(me: User) {
  return async (text: string, signal: AbortSignal): Promise<SearchResult> => {
    const mine = userOption(me, me.id)
    if (text.length < 3) return { options: [mine], total: 1 }
    const page = await searchUsers({ username: text, limit: PICKER_LIMIT }, signal)
    const options = page.users.filter((u) => u.id !== me.id).map((u) => userOption(u))
    return { options: [mine, ...options], total: page.total + 1 }
  }
}

export function searchClientOptions(domainId: string) {
  return async (text: string, signal: AbortSignal): Promise<SearchResult> => {
    const page = await searchClients(
      domainId,
      { name: text || undefined, status: 'all', order: 'name', dir: 'asc', limit: PICKER_LIMIT },
      signal,
    )
    return { options: page.clients.map((c) => ({ value: c.id, label: c.name || 'Unnamed client', description: c.id })), total: page.total }
  }
}

export function searchChannelOptions(domainId: string) {
  return async (text: string, signal: AbortSignal): Promise<SearchResult> => {
    const page = await searchChannels(
      domainId,
      { name: text || undefined, status: 'all', order: 'name', dir: 'asc', limit: PICKER_LIMIT },
      signal,
    )
    return {
      options: page.channels.map((c) => ({ value: c.id, label: c.name || 'Unnamed channel', description: c.id })),
      total: page.total,
    }
  }
}

const memoryKey = (domainId: string) => `fleet-console.audit-target.${domainId}`

/** The journal last chosen on the Audit logs page in a domain, if the user may still read that kind. */
export function recallTarget(domainId: string, mayReadUsers: boolean): { type: TargetType; id: string } | null {
  try {
    const value: unknown = JSON.parse(readStored(memoryKey(domainId)) ?? 'null')
    if (!value || typeof value !== 'object') return null
    const { type, id } = value as Record<string, unknown>
    if (!TARGET_TYPES.some((t) => t.value === type) || typeof id !== 'string') return null
    if (type === 'user' && !mayReadUsers) return null
    return { type: type as TargetType, id }
  } catch {
    return null
  }
}

export function rememberTarget(domainId: string, target: { type: TargetType; id: string }) {
  writeStored(memoryKey(domainId), JSON.stringify(target))
}

/** The kinds of journal a user may pick: a user's journal is for platform super-admins only. */
export const targetTypesFor = (isSuperAdmin: boolean) => TARGET_TYPES.filter((t) => t.value !== 'user' || isSuperAdmin)
