import { queryOptions } from '@tanstack/react-query'
import { listChannels } from '../../api/channels'
import { listClients } from '../../api/clients'
import { displayName, getUser, searchUsers } from '../../api/users'
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
    const page = await listClients(
      domainId,
      { name: text || undefined, status: 'all', order: 'name', dir: 'asc', limit: PICKER_LIMIT },
      signal,
    )
    return { options: page.clients.map((c) => ({ value: c.id, label: c.name || 'Unnamed client', description: c.id })), total: page.total }
  }
}

export function searchChannelOptions(domainId: string) {
  return async (text: string, signal: AbortSignal): Promise<SearchResult> => {
    const page = await listChannels(
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

/**
 * A readable name for the target in the URL. Clients and channels are looked up through their lists
 * (by `id`), not their view endpoints, which would journal a `*.view` of their own.
 */
export function targetLabelQuery(domainId: string, type: TargetType, id: string) {
  return queryOptions({
    queryKey: ['audit-target-label', domainId, type, id] as const,
    enabled: Boolean(id) && type !== 'group',
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }): Promise<string | null> => {
      if (type === 'user') return displayName(await getUser(id, signal))
      if (type === 'client') return (await listClients(domainId, { id, status: 'all', limit: 1 }, signal)).clients[0]?.name ?? null
      if (type === 'channel') return (await listChannels(domainId, { id, status: 'all', limit: 1 }, signal)).channels[0]?.name ?? null
      return null
    },
  })
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
