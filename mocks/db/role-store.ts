import type { Role } from '../../src/api/schemas'
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

  constructor(changes: ChangeLog) {
    this.changes = changes
  }

  get(id: string) {
    return this.byId.get(id)
  }

  /** Roles of one entity, oldest first (the service orders by created_at). */
  ofEntity(entityId: string): RoleRecord[] {
    const ids = this.byEntity.get(entityId)
    if (!ids) return []
    return [...ids].map((id) => this.byId.get(id)!).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
  }

  hasRoles(entityId: string) {
    return (this.byEntity.get(entityId)?.size ?? 0) > 0
  }

  ofMember(userId: string): RoleRecord[] {
    return [...(this.byMember.get(userId) ?? [])].map((id) => this.byId.get(id)!)
  }

  put(role: RoleRecord) {
    const old = this.byId.get(role.id)
    if (old) this.unindex(old)
    this.byId.set(role.id, role)
    add(this.byEntity, role.entity_id, role.id)
    for (const member of role.members) add(this.byMember, member, role.id)
    this.changes.record('roles', role.id, role)
  }

  remove(id: string) {
    const old = this.byId.get(id)
    if (!old) return
    this.unindex(old)
    this.byId.delete(id)
    this.changes.record('roles', id, null)
  }

  removeEntity(entityId: string) {
    for (const id of Array.from(this.byEntity.get(entityId) ?? [])) this.remove(id)
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
