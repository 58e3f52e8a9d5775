import type { Client, JournalEntityType, JournalEntry, Metadata } from '../../src/api/schemas'
import type { Database } from '../db/database'
import type { CompactJournal } from '../db/journal-store'
import { isoString } from './iso'

export type Note = (t: number, operation: string, attributes: Record<string, unknown>, metadata?: Metadata, at?: string) => void

/** A hand-written entry and the order it was noted in, which breaks ties between equal times. */
type Pending = { t: number; seq: number; entry: JournalEntry }

/**
 * Every seeded client's `client.create` entry, kept as the client it describes rather than as an entry
 * object: at 100,000 clients those objects were most of the seed's time and memory. The client objects
 * are the ones the store holds and are never changed in place in the fields the entry shows (updates
 * store a new object), so an entry built when read is the one written at creation; the metadata is kept
 * apart because the small seed's history replaces it.
 */
class ClientCreations implements CompactJournal {
  private readonly clients: Client[] = []
  private readonly metadata: (Metadata | undefined)[] = []
  private readonly creators: string[] = []
  private readonly times: number[] = []
  private readonly seqs: number[] = []

  get length() {
    return this.clients.length
  }

  add(t: number, seq: number, client: Client, creatorId: string) {
    this.clients.push(client)
    this.metadata.push(client.metadata)
    this.creators.push(creatorId)
    this.times.push(t)
    this.seqs.push(seq)
  }

  time(i: number) {
    return this.times[i]
  }

  seq(i: number) {
    return this.seqs[i]
  }

  operation() {
    return 'client.create'
  }

  entry(i: number): JournalEntry {
    const client = this.clients[i]
    const entry: JournalEntry = {
      operation: 'client.create',
      occurred_at: client.created_at,
      domain: '',
      attributes: {
        id: client.id,
        name: client.name,
        tags: client.tags,
        status: 'enabled',
        created_at: client.created_at,
        domain: client.domain_id,
        user_id: this.creators[i],
        roles_provisioned: true,
        token_type: 'access token',
      },
    }
    const metadata = this.metadata[i]
    if (metadata) entry.metadata = metadata
    return entry
  }

  file(i: number, file: (type: JournalEntityType, id: string) => void) {
    file('client', this.clients[i].id)
    file('user', this.creators[i])
  }

  /** Indexes by time, then by the order noted (each domain's clients are noted in time order already). */
  inTimeOrder(): number[] {
    const { times, seqs } = this
    return Array.from(times.keys()).sort((a, b) => times[a] - times[b] || seqs[a] - seqs[b])
  }
}

/** The seed's history as it is generated, appended to the journal in time order at the end. */
export class SeedHistory {
  private seq = 0
  private readonly pending: Pending[] = []
  private readonly creations = new ClientCreations()

  // Seed attributes are built here and never hold a secret, so they skip the redaction run-time entries get.
  readonly note: Note = (t, operation, attributes, metadata, at) => {
    attributes.token_type = 'access token'
    const entry: JournalEntry = { operation, occurred_at: at ?? isoString(t), domain: '', attributes }
    if (metadata) entry.metadata = metadata
    this.pending.push({ t, seq: this.seq++, entry })
  }

  /** A client's `client.create` entry (at its `created_at`, `t` in ms), by its creator. */
  created(t: number, client: Client, creatorId: string) {
    this.creations.add(t, this.seq++, client, creatorId)
  }

  /**
   * Oldest first; at equal times in the order noted. The synthetic entries are already in time order
   * and go after the noted ones at equal times, so the lists merge.
   */
  appendTo(db: Database, synthetic?: CompactJournal) {
    const { pending, creations } = this
    pending.sort((a, b) => a.t - b.t)
    const order = creations.inTimeOrder()
    const syntheticCount = synthetic?.length ?? 0
    let p = 0
    let c = 0
    let s = 0
    while (p < pending.length || c < order.length) {
      const next = pending[p] as Pending | undefined
      const created = c < order.length ? order[c] : -1
      const t = created >= 0 ? creations.time(created) : Infinity
      const takeCreated = created >= 0 && (!next || t < next.t || (t === next.t && creations.seq(created) < next.seq))
      const at = takeCreated ? t : next!.t
      for (; s < syntheticCount && synthetic!.time(s) < at; s++) db.journal.appendCompact(synthetic!, s)
      if (takeCreated) {
        db.journal.appendCompact(creations, created)
        c++
      } else {
        db.journal.append(next!.entry)
        p++
      }
    }
    for (; s < syntheticCount; s++) db.journal.appendCompact(synthetic!, s)
  }
}
