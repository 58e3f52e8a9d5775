import type { ChangeLog, TableName } from './changes'

/** A plain keyed table with change tracking, for small collections (users, domains, groups…). */
export class Table<T extends { id: string }> {
  private readonly rows = new Map<string, T>()
  private readonly name: TableName
  private readonly changes: ChangeLog

  constructor(name: TableName, changes: ChangeLog) {
    this.name = name
    this.changes = changes
  }

  get size() {
    return this.rows.size
  }

  get(id: string) {
    return this.rows.get(id)
  }

  all(): T[] {
    return [...this.rows.values()]
  }

  find(predicate: (row: T) => boolean): T | undefined {
    for (const row of this.rows.values()) if (predicate(row)) return row
    return undefined
  }

  put(row: T) {
    this.rows.set(row.id, row)
    this.changes.record(this.name, row.id, row)
  }

  remove(id: string) {
    if (this.rows.delete(id)) this.changes.record(this.name, id, null)
  }
}
