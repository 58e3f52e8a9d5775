/**
 * What changed since the deterministic seed, per table and key (null = deleted). Persisting only this
 * overlay keeps browser storage small even on a 100,000-client seed: a reload regenerates the seed and
 * replays the overlay.
 */
export type TableName = 'users' | 'domains' | 'clients' | 'channels' | 'connections' | 'roles' | 'groups' | 'bootstraps' | 'certs'

export class ChangeLog {
  private tables = new Map<TableName, Map<string, unknown>>()
  private listeners = new Set<() => void>()
  /** Off while seeding: the seed is regenerated, never stored. */
  tracking = false

  record(table: TableName, key: string, value: unknown) {
    if (!this.tracking) return
    let rows = this.tables.get(table)
    if (!rows) this.tables.set(table, (rows = new Map()))
    rows.set(key, value === null ? null : structuredClone(value))
    this.notify()
  }

  notify() {
    if (!this.tracking) return
    for (const listener of this.listeners) listener()
  }

  onChange(listener: () => void) {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  toJSON(): Record<string, [string, unknown][]> {
    return Object.fromEntries([...this.tables].map(([table, rows]) => [table, [...rows]]))
  }

  entries(): [TableName, [string, unknown][]][] {
    return [...this.tables].map(([table, rows]) => [table, [...rows]])
  }

  load(data: Record<string, [string, unknown][]>) {
    this.tables = new Map(Object.entries(data).map(([table, rows]) => [table as TableName, new Map(rows)]))
  }
}
