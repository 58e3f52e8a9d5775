import type { Channel, Client } from '../../src/api/schemas'
import { CHANNEL_ACTIONS, CLIENT_ACTIONS } from '../db/actions'
import { adminRole } from '../db/builtin-roles'
import { roleId } from '../db/role-store'
import type { DomainCtx } from './kit'

type NewEntity = { client: Client; channel: Channel }

/**
 * Stores a new client or channel as its service does on create: the row, its built-in `admin` role (every action,
 * the creator as member) and the journal's `<kind>.create` entry, which carries `attributes` besides the id, name,
 * tags and status.
 */
export function saveNewEntity<K extends keyof NewEntity>(
  ctx: DomainCtx,
  kind: K,
  entity: NewEntity[K],
  attributes: Record<string, unknown> = {},
) {
  if (kind === 'client') ctx.db.clients.insert(entity as Client)
  else ctx.db.channels.insert(entity as Channel)
  const actions = kind === 'client' ? CLIENT_ACTIONS : CHANNEL_ACTIONS
  ctx.db.roles.put(
    adminRole(roleId(kind), kind, { id: entity.id, domain_id: ctx.domain.id, created_at: entity.created_at }, actions, ctx.user.id),
  )
  ctx.db.record(
    `${kind}.create`,
    { id: entity.id, name: entity.name, tags: entity.tags, status: entity.status, ...attributes },
    { userId: ctx.user.id, domainId: ctx.domain.id, metadata: entity.metadata },
  )
}
