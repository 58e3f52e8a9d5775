import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import type { MemberRoleActions } from '../../api/schemas/role'
import type { User } from '../../api/schemas/user'
import { useCurrentDomain } from '../../lib/current-domain'
import type { MemberPool } from '../../lib/member-pool'
import { userLabel } from '../../lib/users'
import { domainQueries } from '../../data/domains'
import { clientRoleQueries } from '../../data/roles'
import { searchUsers, userQueries } from '../../data/users'
import { SearchSelect, type SearchResult, type SelectOption } from '../ui/SearchSelect'
import './users.css'

/** Members whose names are resolved one by one (`GET /users/{id}`) for browsing and matching. */
const RESOLVE_LIMIT = 100
/** Matches listed at once; the picker asks for more typing beyond this. */
const SHOWN = 20
/** `/users/search` refuses a username shorter than this. */
const SEARCH_MIN = 3

type DomainMemberPickerProps = {
  label: string
  value: string[]
  onChange: (ids: string[]) => void
  /** Where to find people (lib/member-pool.ts). */
  pool: MemberPool
  /** The client whose members make the pool when it is `client`. */
  clientId?: string
  multiple?: boolean
  /** User id → why they cannot be picked (e.g. they already hold the role). */
  unavailable?: Record<string, string>
  /** User id → a word beside them (e.g. the role they hold on the client now). */
  notes?: Record<string, string>
  placeholder?: string
  id?: string
  disabled?: boolean
  /** Set by `Field` when it wraps the picker. */
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

const matches = (user: User, needle: string) => {
  const { name, username } = userLabel(user)
  return [name, username ?? '', user.credentials?.username ?? ''].some((text) => text.toLowerCase().includes(needle))
}

type Candidate = { member_id?: string; roles: MemberRoleActions[] }

/** The people of a pool with a word on their roles ("domain operator"), before names are known. */
async function candidates(queryClient: QueryClient, domainId: string, pool: MemberPool, clientId: string | undefined) {
  const members: Candidate[] =
    pool === 'domain'
      ? await queryClient.fetchQuery(domainQueries.members(domainId))
      : await queryClient.fetchQuery(clientRoleQueries.allEntityMembers(domainId, clientId ?? ''))
  const describe = (roles: MemberRoleActions[]) =>
    roles
      .filter((r) => pool === 'domain' || r.access_type === 'domain')
      .map((r) => `domain ${r.role_name}`)
      .join(', ')
  return new Map(members.filter((m) => m.member_id).map((m) => [m.member_id!, describe(m.roles)]))
}

/**
 * Finds people by name or username in the pool; names come from `GET /users/{id}`. Past the first hundred,
 * or in the `search` pool, `GET /users/search` finds them by username.
 */
async function searchMembers(
  queryClient: QueryClient,
  domainId: string,
  pool: MemberPool,
  clientId: string | undefined,
  text: string,
  unavailable: Record<string, string>,
  notes: Record<string, string>,
): Promise<SearchResult> {
  const needle = text.toLowerCase()
  const roleOf = pool === 'search' ? null : await candidates(queryClient, domainId, pool, clientId)
  const found = new Map<string, User>()
  if (roleOf) {
    const ids = [...roleOf.keys()]
    const resolved = await Promise.all(
      ids.slice(0, RESOLVE_LIMIT).map((id) => queryClient.fetchQuery(userQueries.detail(id)).catch(() => undefined)),
    )
    for (const user of resolved) if (user && (!needle || matches(user, needle))) found.set(user.id, user)
  }
  if ((!roleOf || roleOf.size > RESOLVE_LIMIT) && needle.length >= SEARCH_MIN) {
    const page = await searchUsers({ username: text, limit: 100 })
    for (const user of page.users) if (!roleOf || roleOf.has(user.id)) found.set(user.id, user)
  }
  const users = [...found.values()].sort((a, b) => userLabel(a).name.localeCompare(userLabel(b).name))
  const options: SelectOption[] = users.slice(0, SHOWN).map((user) => {
    const { name, username } = userLabel(user)
    return {
      value: user.id,
      label: name,
      description: [username && `@${username}`, roleOf?.get(user.id), notes[user.id]].filter(Boolean).join(' · '),
      disabledReason: unavailable[user.id],
    }
  })
  return { options, total: users.length }
}

const NONE: Record<string, string> = {}

/** A searchable picker of people who may hold a role in the current domain, shown by name, never by id. */
export function DomainMemberPicker({
  label,
  value,
  onChange,
  pool,
  clientId,
  multiple = true,
  unavailable = NONE,
  notes = NONE,
  placeholder,
  id,
  disabled,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
}: DomainMemberPickerProps) {
  const { domain } = useCurrentDomain()
  const queryClient = useQueryClient()
  const blocked = useMemo(() => JSON.stringify([Object.entries(unavailable), Object.entries(notes)]), [unavailable, notes])
  const search = useCallback(
    (text: string) => searchMembers(queryClient, domain.id, pool, clientId, text, unavailable, notes),
    [queryClient, domain.id, pool, clientId, unavailable, notes],
  )
  return (
    <div className="domain-member-picker">
      <SearchSelect
        label={label}
        multiple={multiple}
        value={value}
        onChange={(ids) => onChange(ids)}
        search={search}
        // Who is unavailable or noted changes the options, so it is part of the key.
        queryKey={['domain-member-picker', domain.id, pool, clientId ?? '', blocked]}
        placeholder={placeholder ?? (pool === 'search' ? 'Type a username…' : 'Search members by name or username…')}
        invalid={invalid}
        describedBy={describedBy}
        id={id}
        disabled={disabled}
      />
    </div>
  )
}
