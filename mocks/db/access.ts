import { DOMAIN_ADMIN_ACTIONS, type MemberRoleActions } from '../../src/api/schemas'
import type { RoleRecord } from './role-store'
import type { Database } from './database'

export type AccessEntityType = 'client' | 'channel' | 'group'

/**
 * How a role reaches an entity, as the services name it (`clients/postgres/clients.go`
 * RetrieveByIDWithRoles, `pkg/roles/repo/postgres/roles.go` clientMembersListBaseQuery): a role on the
 * entity, on its parent group, on a group further up, or on the domain.
 */
export type AccessType = 'direct' | 'direct_group' | 'indirect_group' | 'domain'

/** One role a user holds that gives them actions on an entity, and through what. */
export type RoleGrant = {
  role: RoleRecord
  accessType: AccessType
  /** The group or domain holding the role; absent for a role on the entity itself. */
  providerId?: string
  providerPath?: string
  /** The plain actions (`update`, `read`…) the role gives on the entity. */
  grants: string[]
}

export type EntityAccess = {
  actions: Set<string>
  /** The grant a list row shows (direct first, then groups, then the domain), as RetrieveUserClients picks it. */
  via?: RoleGrant
}

/** `prefix_x` → `x` for the actions that have the prefix. */
function stripped(actions: readonly string[], prefix: string): string[] {
  const out: string[] = []
  for (const action of actions) if (action.startsWith(prefix)) out.push(action.slice(prefix.length))
  return out
}

/**
 * Who may do what, computed the way Magistrala's SpiceDB schema (`docker/spicedb/schema.zed`) does:
 * super-admins may do everything; otherwise an action X on a client (or channel) comes from
 * - a role on the client granting `X`,
 * - a role on its parent group granting `client_X`,
 * - a role on a group further up granting `subgroup_client_X`,
 * - a domain role granting `client_X`.
 * Groups inherit the same way (`subgroup_X` from groups above, `group_X` from the domain).
 */
export class Access {
  private readonly db: Database

  constructor(db: Database) {
    this.db = db
  }

  isSuperAdmin(userId: string) {
    return this.db.users.get(userId)?.role === 'admin'
  }

  domainRoles(userId: string, domainId: string): RoleRecord[] {
    return this.db.roles.memberRolesOn(domainId, userId).filter((r) => r.entity_type === 'domain')
  }

  isDomainMember(userId: string, domainId: string) {
    return this.isSuperAdmin(userId) || this.domainRoles(userId, domainId).length > 0
  }

  domainActions(userId: string, domainId: string): Set<string> {
    return new Set(this.domainRoles(userId, domainId).flatMap((r) => r.actions))
  }

  canDomain(userId: string, domainId: string, action: string) {
    return this.isSuperAdmin(userId) || this.domainActions(userId, domainId).has(action)
  }

  /** Revoking and deleting certificates, and listing every bootstrap configuration, need this. */
  isDomainAdmin(userId: string, domainId: string) {
    if (this.isSuperAdmin(userId)) return true
    const actions = this.domainActions(userId, domainId)
    return DOMAIN_ADMIN_ACTIONS.every((a) => actions.has(a))
  }

  private exists(domainId: string, type: AccessEntityType, entityId: string) {
    const store = type === 'client' ? this.db.clients : type === 'channel' ? this.db.channels : this.db.groups
    return store.getIn(domainId, entityId) !== undefined
  }

  /** The entity's group chain, nearest last: its parent and the parent's ancestors (ids from the ltree path). */
  private groupChain(domainId: string, type: AccessEntityType, entityId: string): string[] {
    if (type === 'group') {
      const group = this.db.groups.getIn(domainId, entityId)
      return group ? (group.path ?? group.id).split('.').slice(0, -1) : []
    }
    const entity = type === 'client' ? this.db.clients.get(entityId) : this.db.channels.get(entityId)
    const parent = entity?.parent_group_id ? this.db.groups.getIn(domainId, entity.parent_group_id) : undefined
    return parent ? (parent.path ?? parent.id).split('.') : []
  }

  /** What a group role grants on an entity below it: `client_X` from the parent, `subgroup_client_X` from above. */
  private groupGrants(type: AccessEntityType, role: RoleRecord, isParent: boolean): string[] {
    if (type === 'group') return stripped(role.actions, 'subgroup_')
    return stripped(role.actions, isParent ? `${type}_` : `subgroup_${type}_`)
  }

  /** Every grant of every role on the entity, its groups and its domain; `userId` narrows to one member. */
  private grants(domainId: string, type: AccessEntityType, entityId: string, userId?: string): RoleGrant[] {
    const out: RoleGrant[] = []
    // Every path to a permission starts at the entity's own relations: an unknown entity, or one of
    // another domain, reaches no role of this domain.
    if (!this.exists(domainId, type, entityId)) return out
    const roles = this.db.roles
    const holds = (role: RoleRecord) => !userId || role.members.includes(userId)
    const onEntity = userId ? roles.memberRolesOn(entityId, userId) : roles.ofEntity(entityId)
    // The queries join the role's actions: a role without actions gives nothing and is left out.
    for (const role of onEntity) if (role.actions.length) out.push({ role, accessType: 'direct', grants: role.actions })

    const chain = this.groupChain(domainId, type, entityId)
    chain.forEach((groupId, i) => {
      const isParent = type !== 'group' && i === chain.length - 1
      for (const role of roles.ofEntity(groupId)) {
        if (!holds(role)) continue
        const grants = this.groupGrants(type, role, isParent)
        if (!grants.length) continue
        const path = this.db.groups.get(groupId)?.path ?? groupId
        out.push({ role, accessType: isParent ? 'direct_group' : 'indirect_group', providerId: groupId, providerPath: path, grants })
      }
    })

    const domainRoles = userId ? this.domainRoles(userId, domainId) : roles.ofEntity(domainId)
    for (const role of domainRoles) {
      const grants = stripped(role.actions, `${type}_`)
      if (grants.length) out.push({ role, accessType: 'domain', providerId: domainId, grants })
    }
    return out
  }

  entity(userId: string, domainId: string, type: AccessEntityType, entityId: string): EntityAccess {
    const grants = this.grants(domainId, type, entityId, userId)
    return { actions: new Set(grants.flatMap((g) => g.grants)), via: grants[0] }
  }

  can(userId: string, domainId: string, type: AccessEntityType, entityId: string, action: string) {
    return this.isSuperAdmin(userId) || this.entity(userId, domainId, type, entityId).actions.has(action)
  }

  /**
   * The caller's roles as the `?roles=true` view lists them: each role's own actions in full (a group
   * or domain role's `client_*`, `subgroup_client_*`… as stored), with where it comes from.
   */
  rolesOf(userId: string, domainId: string, type: AccessEntityType, entityId: string): MemberRoleActions[] {
    return this.grants(domainId, type, entityId, userId).map(memberRole)
  }

  /** `…/roles/members`: every user holding a role that reaches the entity, with those roles. */
  members(domainId: string, type: AccessEntityType, entityId: string): { member_id: string; roles: MemberRoleActions[] }[] {
    const byMember = new Map<string, MemberRoleActions[]>()
    for (const grant of this.grants(domainId, type, entityId)) {
      for (const member of grant.role.members) {
        let list = byMember.get(member)
        if (!list) byMember.set(member, (list = []))
        list.push(memberRole(grant))
      }
    }
    return [...byMember].map(([member_id, roles]) => ({ member_id, roles }))
  }

  /**
   * For list queries: `null` when the user may read every entity of the type in the domain (fast path),
   * else a test of one row: a role on the row granting `read`, or a group role above it granting it.
   */
  readable(userId: string, domainId: string, type: AccessEntityType): ((row: { id: string; parent_group_id?: string }) => boolean) | null {
    if (this.isSuperAdmin(userId) || this.domainActions(userId, domainId).has(`${type}_read`)) return null
    const ids = new Set(
      this.db.roles
        .ofMember(userId)
        .filter((r) => r.entity_type === type && r.domain_id === domainId && r.actions.includes('read'))
        .map((r) => r.entity_id),
    )
    const groups = new Set<string>()
    const groupRoles = this.db.roles.storedOfMember(userId).filter((r) => r.entity_type === 'group' && r.domain_id === domainId)
    if (groupRoles.length) {
      const onGroup = new Map<string, RoleRecord[]>()
      for (const role of groupRoles) onGroup.set(role.entity_id, [...(onGroup.get(role.entity_id) ?? []), role])
      for (const group of this.db.groups.allIn(domainId)) {
        const path = (group.path ?? group.id).split('.')
        // A group's own members (type group) come from the groups above it; a client's from its parent too.
        const chain = type === 'group' ? path.slice(0, -1) : path
        const reads = chain.some((groupId, i) =>
          (onGroup.get(groupId) ?? []).some((r) => this.groupGrants(type, r, type !== 'group' && i === chain.length - 1).includes('read')),
        )
        if (reads) (type === 'group' ? ids : groups).add(group.id)
      }
    }
    return (row) => ids.has(row.id) || (row.parent_group_id !== undefined && groups.has(row.parent_group_id))
  }
}

function memberRole(grant: RoleGrant): MemberRoleActions {
  return {
    role_id: grant.role.id,
    role_name: grant.role.name,
    actions: [...grant.role.actions],
    access_type: grant.accessType,
    // Empty ids and paths are left out (`omitempty` on MemberRoleActions).
    ...(grant.providerId ? { access_provider_id: grant.providerId } : {}),
    ...(grant.providerPath ? { access_provider_path: grant.providerPath } : {}),
  }
}
