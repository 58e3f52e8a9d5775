import type { Channel, Client, ConnectionType, Domain, Group, JournalEntry, User } from '../../src/api/schemas'
import { Access } from './access'
import { CLIENT_ACTIONS } from './actions'
import { BuiltinAdminRoles } from './builtin-roles'
import { BootstrapStore, type BootstrapRecord } from './bootstrap-store'
import { ChangeLog, type TableName } from './changes'
import { ClientStore } from './client-store'
import { ConnectionStore } from './connection-store'
import { EntityStore } from './entity-store'
import { JournalStore } from './journal-store'
import { MessageStore } from './message-store'
import { redact } from './redact'
import { RoleStore, type RoleRecord } from './role-store'
import { Table } from './table'
import type { CertRecord } from '../certs/issuer'

/** A user as the mock keeps it: the API's User plus the password it checks at sign-in. */
export type UserRecord = User & { password: string; role: 'user' | 'admin'; email: string }
export type DomainRecord = Domain

export type SeedInfo = { seed: number; clients: number; anchor: number; journal?: number; channels?: number }

export type JournalContext = { userId?: string; domainId?: string; at?: string; metadata?: Record<string, unknown> }

/** The mock backend's whole state: every service's tables and their indexes. */
export class Database {
  readonly changes = new ChangeLog()
  readonly users = new Table<UserRecord>('users', this.changes)
  readonly domains = new Table<DomainRecord>('domains', this.changes)
  readonly clients = new ClientStore(this.changes)
  readonly channels = new EntityStore<Channel>('channels', this.changes)
  readonly groups = new EntityStore<Group>('groups', this.changes)
  readonly certs = new Table<CertRecord>('certs', this.changes)
  readonly connections = new ConnectionStore(this.changes)
  readonly roles = new RoleStore(this.changes)
  readonly bootstraps = new BootstrapStore(this.changes)
  readonly journal = new JournalStore()
  readonly messages = new MessageStore((channelId) =>
    [...this.connections.clientsOf(channelId)].filter(([, types]) => types.includes('Publish')).map(([id]) => id),
  )
  readonly access = new Access(this)
  seedInfo: SeedInfo = { seed: 0, clients: 0, anchor: 0 }
  /** A request id per journal entry, like the services' request ids. */
  private requestCounter = 0

  constructor() {
    // Seeded clients get their built-in admin role lazily (see BuiltinAdminRoles).
    this.roles.builtins = new BuiltinAdminRoles('client', CLIENT_ACTIONS, (id) => this.clients.get(id))
  }

  /** A group and all its descendants (by path), for "clients under this group" queries. */
  groupAndDescendants(domainId: string, groupId: string): Set<string> {
    const root = this.groups.getIn(domainId, groupId)
    if (!root) return new Set()
    const prefix = root.path ?? root.id
    const ids = new Set<string>()
    for (const group of this.groups.allIn(domainId)) {
      const path = group.path ?? group.id
      if (path === prefix || path.startsWith(`${prefix}.`)) ids.add(group.id)
    }
    return ids
  }

  /** Sign-in accepts the username or, when it looks like one, the email. */
  findUserByLogin(login: string): UserRecord | undefined {
    const needle = login.trim().toLowerCase()
    return this.users.find((u) =>
      needle.includes('@') ? u.email.toLowerCase() === needle : u.credentials?.username?.toLowerCase() === needle,
    )
  }

  /** Writes a journal entry; attributes are stripped of anything secret. */
  record(operation: string, attributes: Record<string, unknown>, ctx: JournalContext = {}): JournalEntry {
    const entry: JournalEntry = {
      operation,
      occurred_at: ctx.at ?? new Date().toISOString(),
      domain: '',
      attributes: redact({
        ...attributes,
        ...(ctx.domainId ? { domain: ctx.domainId } : {}),
        ...(ctx.userId ? { user_id: ctx.userId, token_type: 'access token', super_admin: this.access.isSuperAdmin(ctx.userId) } : {}),
        request_id: `req-${(++this.requestCounter).toString(36).padStart(6, '0')}`,
      }),
      ...(ctx.metadata ? { metadata: redact(ctx.metadata) } : {}),
    }
    this.journal.append(entry)
    this.changes.notify()
    return entry
  }

  /** Replays one persisted change onto a freshly seeded database. */
  applyChange(table: TableName, key: string, value: unknown) {
    switch (table) {
      case 'users':
        return value === null ? this.users.remove(key) : this.users.put(value as UserRecord)
      case 'domains':
        return value === null ? this.domains.remove(key) : this.domains.put(value as DomainRecord)
      case 'clients':
        return value === null ? this.clients.remove(key) : this.clients.put(value as Client)
      case 'channels':
        return value === null ? this.channels.remove(key) : this.channels.put(value as Channel)
      case 'groups':
        return value === null ? this.groups.remove(key) : this.groups.put(value as Group)
      case 'certs':
        return value === null ? this.certs.remove(key) : this.certs.put(value as CertRecord)
      case 'roles':
        return value === null ? this.roles.remove(key) : this.roles.put(value as RoleRecord)
      case 'bootstraps':
        return value === null ? this.bootstraps.remove(key) : this.bootstraps.put(value as BootstrapRecord)
      case 'connections': {
        const [clientId, channelId] = key.split(':')
        return this.connections.set(clientId, channelId, (value as ConnectionType[] | null) ?? [])
      }
      default:
        return undefined
    }
  }
}
