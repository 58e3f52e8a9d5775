import type { CurrentDomain } from './current-domain'

export const READ_ONLY_REASON = 'Your role in this domain does not allow this'

/**
 * What the user may do on one entity, the way Magistrala decides it: super-admin; a domain role with
 * `<type>_<action>`; or a role on the entity itself (the list rows' `actions`, or the view's `roles`).
 */
export function entityPermissions(
  current: CurrentDomain,
  type: 'client' | 'channel',
  entity: { actions?: string[]; roles?: unknown } | undefined,
) {
  const own = new Set(entity?.actions ?? [])
  if (Array.isArray(entity?.roles)) {
    for (const role of entity.roles as { actions?: string[] }[]) for (const action of role.actions ?? []) own.add(action)
  }
  const can = (action: string) => current.isSuperAdmin || current.canDomain(`${type}_${action}`) || own.has(action)
  /** null when allowed, else why not (for disabled controls). */
  const reason = (action: string, what = 'do this') => (can(action) ? null : `You do not have permission to ${what} (needs “${action}”)`)
  return { can, reason }
}
