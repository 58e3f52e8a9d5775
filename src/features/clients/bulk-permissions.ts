import type { Client } from '../../api/schemas/client'
import type { CurrentDomain } from '../../lib/current-domain'
import { entityPermissions } from '../../lib/permissions'

export type BulkControl = 'enable' | 'disable' | 'tags' | 'connect' | 'delete'

/** The client action each bulk control needs (`client_<action>` in the domain, or `<action>` through a role). */
const NEEDS: Record<BulkControl, [action: string, what: string]> = {
  enable: ['update', 'enable these clients'],
  disable: ['update', 'disable these clients'],
  tags: ['update', 'edit these clients’ tags'],
  connect: ['connect_to_channel', 'connect these clients'],
  delete: ['delete', 'delete these clients'],
}

/**
 * Why each bulk control is unavailable (null when it is not). A domain right covers every client; otherwise a role on
 * some clients (a group's, say) is enough to offer the action, when one of the selected rows carries it: the rows the
 * caller may not change fail one by one, and the result says which.
 */
export function bulkReasons(current: CurrentDomain, known: readonly Client[]): Record<BulkControl, string | null> {
  const perRow = known.map((client) => entityPermissions(current, 'client', client))
  const reason = ([action, what]: [string, string]) => {
    if (perRow.some((permissions) => permissions.can(action))) return null
    return entityPermissions(current, 'client', undefined).reason(action, what)
  }
  return {
    enable: reason(NEEDS.enable),
    disable: reason(NEEDS.disable),
    tags: reason(NEEDS.tags),
    connect: reason(NEEDS.connect),
    delete: reason(NEEDS.delete),
  }
}
