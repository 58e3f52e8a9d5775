import type { RoleRecord } from './role-store'
import type { Database } from './database'

export type AccessEntityType = 'client' | 'channel' | 'group'

export type EntityAccess = {
  actions: Set<string>
  /** The role that grants the access shown in list rows (`role_id`, `role_name`, `access_type`). */
  via?: { role: RoleRecord; type: 'direct' | 'domain' }
}

/**
 * Who may do what, computed the way Magistrala's SpiceDB schema does: super-admins may do everything;
 * otherwise an action on an entity comes from the user's roles on that entity, or from a domain role
 * granting `<entity>_<action>`.
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

  entity(userId: string, domainId: string, type: AccessEntityType, entityId: string): EntityAccess {
    const actions = new Set<string>()
    let via: EntityAccess['via']
    for (const role of this.db.roles.memberRolesOn(entityId, userId)) {
      for (const action of role.actions) actions.add(action)
      via ??= { role, type: 'direct' }
    }
    const prefix = `${type}_`
    for (const role of this.domainRoles(userId, domainId)) {
      let grants = false
      for (const action of role.actions) {
        if (action.startsWith(prefix)) {
          actions.add(action.slice(prefix.length))
          grants = true
        }
      }
      if (grants) via ??= { role, type: 'domain' }
    }
    return { actions, via }
  }

  can(userId: string, domainId: string, type: AccessEntityType, entityId: string, action: string) {
    return this.isSuperAdmin(userId) || this.entity(userId, domainId, type, entityId).actions.has(action)
  }

  /**
   * For list queries: `null` when the user may read every entity of the type in the domain (fast path),
   * else the ids they hold a role on.
   */
  readableIds(userId: string, domainId: string, type: AccessEntityType): Set<string> | null {
    if (this.isSuperAdmin(userId) || this.domainActions(userId, domainId).has(`${type}_read`)) return null
    return new Set(
      this.db.roles
        .ofMember(userId)
        .filter((r) => r.entity_type === type && r.domain_id === domainId && r.actions.includes('read'))
        .map((r) => r.entity_id),
    )
  }
}
