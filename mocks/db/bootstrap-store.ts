import type { BootstrapState } from '../../src/api/schemas'
import type { ChangeLog } from './changes'
import { Table } from './table'

/**
 * A bootstrap configuration as the service stores it (v0.20.0 design). `id` is the client's id; the
 * channels are ids, resolved to names when read. The external key and the client key are kept in clear,
 * as the service did; they must never reach the journal.
 */
export type BootstrapRecord = {
  id: string
  domain_id: string
  external_id: string
  external_key: string
  name: string
  content: string
  channels: string[]
  state: BootstrapState
  client_cert: string
  client_key: string
  ca_cert: string
}

/** Configurations are few (one per provisioned device), so lookups scan. */
export class BootstrapStore extends Table<BootstrapRecord> {
  constructor(changes: ChangeLog) {
    super('bootstraps', changes)
  }

  getIn(domainId: string, id: string): BootstrapRecord | undefined {
    const row = this.get(id)
    return row && row.domain_id === domainId ? row : undefined
  }

  allIn(domainId: string): BootstrapRecord[] {
    return this.all().filter((row) => row.domain_id === domainId)
  }

  /** External ids are unique across the whole service, not per domain. */
  byExternalId(externalId: string): BootstrapRecord | undefined {
    return this.find((row) => row.external_id === externalId)
  }
}
