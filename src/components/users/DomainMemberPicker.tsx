import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import type { User } from '../../api/schemas/user'
import { searchUsers } from '../../api/users'
import { useCurrentDomain } from '../../lib/current-domain'
import { domainMemberQueries, userLabel, userQueries } from '../../lib/users'
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
  multiple?: boolean
  /** User id → why they cannot be picked (e.g. they already hold the role). */
  unavailable?: Record<string, string>
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

/**
 * Finds domain members by name or username. Only domain members may hold a role on the domain's
 * clients (the server answers 403 otherwise), so the pool is `GET /domains/{id}/roles/members`, with
 * names from `GET /users/{id}`; past the first hundred members, `GET /users/search` finds the rest.
 */
async function searchMembers(
  queryClient: QueryClient,
  domainId: string,
  text: string,
  unavailable: Record<string, string>,
): Promise<SearchResult> {
  const members = await queryClient.fetchQuery(domainMemberQueries.all(domainId))
  const roleOf = new Map(members.map((m) => [m.member_id ?? '', m.roles.map((r) => r.role_name).join(', ')]))
  const ids = members.map((m) => m.member_id).filter((id): id is string => Boolean(id))
  const resolved = await Promise.all(
    ids.slice(0, RESOLVE_LIMIT).map((id) => queryClient.fetchQuery(userQueries.detail(id)).catch(() => undefined)),
  )
  const needle = text.toLowerCase()
  const found = new Map<string, User>()
  for (const user of resolved) if (user && (!needle || matches(user, needle))) found.set(user.id, user)
  if (ids.length > RESOLVE_LIMIT && needle.length >= SEARCH_MIN) {
    const page = await searchUsers({ username: text, limit: 100 })
    for (const user of page.users) if (roleOf.has(user.id)) found.set(user.id, user)
  }
  const users = [...found.values()].sort((a, b) => userLabel(a).name.localeCompare(userLabel(b).name))
  const options: SelectOption[] = users.slice(0, SHOWN).map((user) => {
    const { name, username } = userLabel(user)
    const role = roleOf.get(user.id)
    return {
      value: user.id,
      label: name,
      description: [username && `@${username}`, role && `domain ${role}`].filter(Boolean).join(' · '),
      disabledReason: unavailable[user.id],
    }
  })
  return { options, total: users.length }
}

const NONE: Record<string, string> = {}

/** A searchable picker of the current domain's members, shown by name, never by id. */
export function DomainMemberPicker({
  label,
  value,
  onChange,
  multiple = true,
  unavailable = NONE,
  placeholder,
  id,
  disabled,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
}: DomainMemberPickerProps) {
  const { domain } = useCurrentDomain()
  const queryClient = useQueryClient()
  const blocked = useMemo(() => Object.keys(unavailable).sort().join(','), [unavailable])
  const search = useCallback(
    (text: string) => searchMembers(queryClient, domain.id, text, unavailable),
    [queryClient, domain.id, unavailable],
  )
  return (
    <div className="domain-member-picker">
      <SearchSelect
        label={label}
        multiple={multiple}
        value={value}
        onChange={(ids) => onChange(ids)}
        search={search}
        // Who is unavailable changes the options, so it is part of the key.
        queryKey={['domain-member-picker', domain.id, blocked]}
        placeholder={placeholder ?? 'Search members by name or username…'}
        invalid={invalid}
        describedBy={describedBy}
        id={id}
        disabled={disabled}
      />
    </div>
  )
}
