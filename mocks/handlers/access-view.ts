import type { AccessEntityType } from '../db/access'
import { fail, type DomainCtx } from './kit'

/**
 * The caller's access a list row carries for non-super-admins (`clients/postgres/clients.go`
 * RetrieveUserClients; channels alike). Through a role on the entity: `role_id`, `role_name`, `actions`
 * and `access_type: direct`. Through a group or the domain: no `role_id` or `actions` (empty, so left
 * out), but `access_type` (`direct_group`, `indirect_group`, `domain`), `access_provider_id` and the
 * providing role's id, name and stored actions (`client_*`, `subgroup_client_*`…).
 */
export function listAccess(ctx: DomainCtx, type: AccessEntityType, entityId: string) {
  const { access } = ctx.db
  if (access.isSuperAdmin(ctx.user.id)) return {}
  const via = access.entity(ctx.user.id, ctx.domain.id, type, entityId).via
  if (!via) return {}
  if (via.accessType === 'direct') {
    return { role_id: via.role.id, role_name: via.role.name, actions: [...via.role.actions], access_type: 'direct' }
  }
  return {
    access_type: via.accessType,
    access_provider_id: via.providerId,
    access_provider_role_id: via.role.id,
    access_provider_role_name: via.role.name,
    access_provider_role_actions: [...via.role.actions],
  }
}

/**
 * The entity, once the caller may do `action` on it. The authorization middleware runs before the
 * service looks anything up: an unknown id, or one from another domain, grants nobody anything, so a
 * non-super-admin gets 403, not 404. A super-admin passes authorization and meets the service's 404.
 */
export function authorized<T extends { id: string }>(ctx: DomainCtx, type: AccessEntityType, entity: T | undefined, action: string): T {
  const { access } = ctx.db
  const superAdmin = access.isSuperAdmin(ctx.user.id)
  if (!entity) throw superAdmin ? fail.notFound() : fail.forbidden()
  if (!superAdmin && !access.can(ctx.user.id, ctx.domain.id, type, entity.id, action)) throw fail.forbidden()
  return entity
}
