import { DOMAIN_ADMIN_ACTIONS } from '../api/schemas/domain'
import type { MemberRoleActions } from '../api/schemas/role'
import type { CurrentDomain } from './current-domain'

export const READ_ONLY_REASON = 'Your role in this domain does not allow this'

type EntityType = 'client' | 'channel'

/**
 * The plain actions (`update`, `read`…) a role gives on an entity, from the role's stored actions and
 * where it lives (schema.zed): on the entity, its actions as they are; on its parent group, `client_X`;
 * on a group further up, `subgroup_client_X`; on the domain, `client_X`.
 */
export function plainActions(type: EntityType, accessType: string | undefined, actions: readonly string[] = []): string[] {
  const prefix =
    accessType === 'indirect_group' ? `subgroup_${type}_` : accessType === 'direct_group' || accessType === 'domain' ? `${type}_` : ''
  if (!prefix) return [...actions]
  return actions.filter((a) => a.startsWith(prefix)).map((a) => a.slice(prefix.length))
}

/** What the list rows and the `?roles=true` view carry about the caller's access (schemas/common.ts). */
type AccessInfo = {
  actions?: string[]
  access_type?: string
  access_provider_role_actions?: string[]
  roles?: MemberRoleActions[]
}

/**
 * What the user may do on one entity, the way Magistrala decides it: super-admin; a domain role with
 * `<type>_<action>`; or a role reaching the entity (list rows: `actions`, or the providing group or
 * domain role's; the view with `roles=true`: every role, each read from where it lives).
 */
export function entityPermissions(current: CurrentDomain, type: EntityType, entity: AccessInfo | undefined) {
  const own = new Set(entity?.actions ?? [])
  if (entity?.access_provider_role_actions) {
    for (const action of plainActions(type, entity.access_type, entity.access_provider_role_actions)) own.add(action)
  }
  for (const role of entity?.roles ?? []) for (const action of plainActions(type, role.access_type, role.actions)) own.add(action)
  const can = (action: string) => current.isSuperAdmin || current.canDomain(`${type}_${action}`) || own.has(action)
  /** null when allowed, else why not (for disabled controls). */
  const reason = (action: string, what = 'do this') => (can(action) ? null : `You do not have permission to ${what} (needs “${action}”)`)
  return { can, reason }
}

/** Domain admin: the certs service asks it to revoke and delete, bootstrap v0.20.0 to list configurations. */
export function isDomainAdmin(current: CurrentDomain) {
  return current.isSuperAdmin || DOMAIN_ADMIN_ACTIONS.every((a) => current.canDomain(a))
}
