import { ZERO_TIME } from '../../src/api/schemas'
import type { RoleEntityType, RoleRecord } from './role-store'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const BASE = BigInt(ALPHABET.length)
/** 62^22 > 2^128: a UUID always fits in 22 characters. */
const SID_LENGTH = 22
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

function encodeUuid(uuid: string): string {
  let n = BigInt(`0x${uuid.replaceAll('-', '')}`)
  let out = ''
  for (let i = 0; i < SID_LENGTH; i++) {
    out = ALPHABET[Number(n % BASE)] + out
    n /= BASE
  }
  return out
}

function decodeUuid(sid: string): string | undefined {
  if (sid.length !== SID_LENGTH) return undefined
  let n = 0n
  for (const ch of sid) {
    const digit = ALPHABET.indexOf(ch)
    if (digit < 0) return undefined
    n = n * BASE + BigInt(digit)
  }
  const hex = n.toString(16)
  if (hex.length > 32) return undefined
  const h = hex.padStart(32, '0')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

export type BuiltinEntity = { domain_id?: string; created_at: string }

/**
 * The built-in `admin` role Magistrala provisions with every client and channel: every action the entity's roles may
 * grant, its creator as the one member, created with the entity and never updated.
 */
export function adminRole(
  id: string,
  entityType: RoleEntityType,
  entity: { id: string; domain_id?: string; created_at: string },
  actions: readonly string[],
  creator: string,
): RoleRecord {
  return {
    id,
    name: 'admin',
    entity_id: entity.id,
    entity_type: entityType,
    domain_id: entity.domain_id ?? '',
    actions: [...actions],
    members: [creator],
    created_by: creator,
    created_at: entity.created_at,
    updated_by: '',
    updated_at: ZERO_TIME,
  }
}

/**
 * The built-in `admin` role every real entity gets at creation (all actions, creator as member), for
 * seeded entities, without building 100,000 role records up front. Only the creator is kept per entity;
 * the record is built when first needed, always identical: its id encodes the entity id (so a persisted
 * change or deletion of the role finds its entity again), and its times are the entity's creation time.
 */
export class BuiltinAdminRoles {
  private readonly creators = new Map<string, string>()
  /**
   * `[entityId, creatorId, …]` added but not yet in `creators`: filed on the first read, since the
   * seed adds 100,000 and filing them up front was a twentieth of the seed.
   */
  private added: string[] = []
  private readonly entityType: RoleEntityType
  private readonly actions: readonly string[]
  private readonly lookup: (entityId: string) => BuiltinEntity | undefined

  constructor(entityType: RoleEntityType, actions: readonly string[], lookup: (entityId: string) => BuiltinEntity | undefined) {
    this.entityType = entityType
    this.actions = actions
    this.lookup = lookup
  }

  /** Entity id → creator, every added entity filed in the order added. */
  private get byEntity() {
    const { added } = this
    if (added.length) {
      for (let i = 0; i < added.length; i += 2) this.creators.set(added[i], added[i + 1])
      this.added = []
    }
    return this.creators
  }

  add(entityId: string, creatorId: string) {
    this.added.push(entityId, creatorId)
  }

  has(entityId: string) {
    return this.byEntity.has(entityId)
  }

  /** Forgets an entity's pending role: it was materialised, replaced by a stored change, or deleted. */
  drop(entityId: string) {
    this.byEntity.delete(entityId)
  }

  creatorOf(entityId: string) {
    return this.byEntity.get(entityId)
  }

  idFor(entityId: string) {
    return UUID_SHAPE.test(entityId) ? `${this.entityType}_${encodeUuid(entityId)}` : undefined
  }

  /** The entity a built-in role id belongs to, if the id is one of ours. */
  entityOf(roleId: string): string | undefined {
    const prefix = `${this.entityType}_`
    if (!roleId.startsWith(prefix)) return undefined
    const entityId = decodeUuid(roleId.slice(prefix.length))
    return entityId && this.byEntity.has(entityId) ? entityId : undefined
  }

  build(entityId: string): RoleRecord | undefined {
    const creator = this.byEntity.get(entityId)
    const entity = this.lookup(entityId)
    const id = this.idFor(entityId)
    if (!creator || !entity || !id) return undefined
    return adminRole(
      id,
      this.entityType,
      { id: entityId, domain_id: entity.domain_id, created_at: entity.created_at },
      this.actions,
      creator,
    )
  }

  /** Entities whose pending admin role `userId` is a member of (a scan: only for rare slow paths). */
  entitiesOf(userId: string): string[] {
    const out: string[] = []
    for (const [entityId, creator] of this.byEntity) if (creator === userId) out.push(entityId)
    return out
  }
}
