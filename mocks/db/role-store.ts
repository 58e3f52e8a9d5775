import type { Role } from '../../src/api/schemas'
import type { BuiltinAdminRoles } from './builtin-roles'
import type { ChangeLog } from './changes'

export type RoleEntityType = 'domain' | 'client' | 'channel' | 'group'

/** A role as the mock keeps it: the API's Role plus what the API serves from separate endpoints. */
export type RoleRecord = Role & {
  entity_type: RoleEntityType
  domain_id: string
  actions: string[]
  members: string[]
}

/** Roles of every entity, indexed by entity and by member. */
export class RoleStore {
  private readonly byId = new Map<string, RoleRecord>()
  private readonly byEntity = new Map<string, Set<string>>()
  private readonly byMember = new Map<string, Set<string>>()
  private readonly changes: ChangeLog
  /** Seeded entities' built-in admin roles, built on first use (see BuiltinAdminRoles). */
  builtins: BuiltinAdminRoles | undefined

  constructor(changes: ChangeLog) {
    this.changes = changes
  }

  get(id: string) {
    const role = this.byId.get(id)
    if (role) return role
    const entityId = this.builtins?.entityOf(id)
    return entityId ? this.materialise(entityId) : undefined
  }

  /** Roles of one entity, oldest first (the service orders by created_at). */
  ofEntity(entityId: string): RoleRecord[] {
    this.materialise(entityId)
    const ids = this.byEntity.get(entityId)
    if (!ids) return []
    return [...ids].map((id) => this.byId.get(id)!).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
  }

  /** The roles `userId` holds on one entity; cheap enough to run for every row of a list. */
  memberRolesOn(entityId: string, userId: string): RoleRecord[] {
    if (this.builtins?.creatorOf(entityId) === userId) this.materialise(entityId)
    const out: RoleRecord[] = []
    for (const id of this.byEntity.get(entityId) ?? []) {
      const role = this.byId.get(id)!
      if (role.members.includes(userId)) out.push(role)
    }
    return out
  }

  hasRoles(entityId: string) {
    return (this.byEntity.get(entityId)?.size ?? 0) > 0 || Boolean(this.builtins?.has(entityId))
  }

  /**
   * Every role `userId` holds. Pending built-in roles are built for the answer but not stored, so a
   * scan over a creator of thousands of seeded entities does not keep thousands of records.
   */
  ofMember(userId: string): RoleRecord[] {
    const stored = this.storedOfMember(userId)
    const builtins = this.builtins
    if (!builtins) return stored
    const pending = builtins.entitiesOf(userId).map((id) => builtins.build(id))
    return [...stored, ...pending.filter((role): role is RoleRecord => role !== undefined)]
  }

  /** The stored roles `userId` holds, without building pending built-in ones (group and domain roles are always stored). */
  storedOfMember(userId: string): RoleRecord[] {
    return [...(this.byMember.get(userId) ?? [])].map((id) => this.byId.get(id)!)
  }

  /** The one role `userId` holds on an entity, if any: role members are UNIQUE(member_id, entity_id). */
  heldOn(entityId: string, userId: string): RoleRecord | undefined {
    return this.memberRolesOn(entityId, userId)[0]
  }

  put(role: RoleRecord) {
    // A stored version of a built-in role (changed, or replayed from storage) replaces the pending one.
    if (this.builtins?.idFor(role.entity_id) === role.id) this.builtins.drop(role.entity_id)
    this.index(role)
    this.changes.record('roles', role.id, role)
  }

  remove(id: string) {
    const old = this.byId.get(id)
    if (!old) {
      const entityId = this.builtins?.entityOf(id)
      if (!entityId) return
      this.builtins!.drop(entityId)
      this.changes.record('roles', id, null)
      return
    }
    this.unindex(old)
    this.byId.delete(id)
    this.changes.record('roles', id, null)
  }

  removeEntity(entityId: string) {
    this.materialise(entityId)
    for (const id of Array.from(this.byEntity.get(entityId) ?? [])) this.remove(id)
  }

  /** Stores an entity's pending built-in role as seeded: not a change, so nothing is persisted. */
  private materialise(entityId: string): RoleRecord | undefined {
    if (!this.builtins?.has(entityId)) return undefined
    const role = this.builtins.build(entityId)
    this.builtins.drop(entityId)
    if (role) this.index(role)
    return role
  }

  private index(role: RoleRecord) {
    const old = this.byId.get(role.id)
    if (old) this.unindex(old)
    this.byId.set(role.id, role)
    add(this.byEntity, role.entity_id, role.id)
    for (const member of role.members) add(this.byMember, member, role.id)
  }

  private unindex(role: RoleRecord) {
    drop(this.byEntity, role.entity_id, role.id)
    for (const member of role.members) drop(this.byMember, member, role.id)
  }
}

function add(index: Map<string, Set<string>>, key: string, value: string) {
  let set = index.get(key)
  if (!set) index.set(key, (set = new Set()))
  set.add(value)
}

function drop(index: Map<string, Set<string>>, key: string, value: string) {
  const set = index.get(key)
  if (!set) return
  set.delete(value)
  if (set.size === 0) index.delete(key)
}

const SID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Magistrala role ids look like `client_Xk3…` (entity type + a short id), not UUIDs. */
export function roleId(entityType: RoleEntityType, random: () => number = Math.random): string {
  let sid = ''
  for (let i = 0; i < 10; i++) sid += SID_ALPHABET[Math.floor(random() * SID_ALPHABET.length)]
  return `${entityType}_${sid}`
}
