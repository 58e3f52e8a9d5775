import type { Client } from '../../src/api/schemas'
import { EntityStore } from './entity-store'
import type { ChangeLog } from './changes'

/** Clients, plus the per-domain secret index that keeps keys unique. */
export class ClientStore extends EntityStore<Client> {
  /**
   * Domain → secret → client id. Built on the first lookup (only creating a client or changing its key
   * asks), then kept up to date: filing 100,000 seeded secrets up front was a twentieth of the seed.
   */
  private secretIndex: Map<string, Map<string, string>> | null = null

  constructor(changes: ChangeLog) {
    super('clients', changes)
  }

  private get secrets() {
    if (!this.secretIndex) {
      this.secretIndex = new Map()
      for (const row of this.all()) this.indexSecret(row)
    }
    return this.secretIndex
  }

  private secretsOf(domainId: string) {
    let map = this.secrets.get(domainId)
    if (!map) this.secrets.set(domainId, (map = new Map()))
    return map
  }

  /** The id of the client in this domain using `secret`, if any. */
  secretOwner(domainId: string, secret: string): string | undefined {
    return this.secrets.get(domainId)?.get(secret)
  }

  override loadAll(rows: Client[]) {
    super.loadAll(rows)
    this.secretIndex = null
  }

  override insert(row: Client) {
    super.insert(row)
    this.indexSecret(row)
  }

  override put(row: Client) {
    const old = this.get(row.id)
    if (old) this.unindexSecret(old)
    super.put(row)
    this.indexSecret(row)
  }

  override remove(id: string) {
    const old = this.get(id)
    if (old) this.unindexSecret(old)
    super.remove(id)
  }

  private indexSecret(row: Client) {
    const secret = row.credentials?.secret
    if (secret && this.secretIndex) this.secretsOf(row.domain_id ?? '').set(secret, row.id)
  }

  private unindexSecret(row: Client) {
    const secret = row.credentials?.secret
    const map = this.secretIndex?.get(row.domain_id ?? '')
    if (secret && map?.get(secret) === row.id) map.delete(secret)
  }
}
