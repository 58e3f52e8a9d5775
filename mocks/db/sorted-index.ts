/**
 * Items kept in key order so a list query walks them already sorted instead of sorting 100,000 rows per
 * request. Ties are broken by id so the order is total and stable across pages. The index holds the
 * items themselves (no wrapper objects); to re-file an item whose key changes, remove it *before*
 * changing it and insert it after.
 */
export type SortKey = string | number

export class SortedIndex<T extends { id: string }> {
  private items: T[] = []
  private readonly keyOf: (item: T) => SortKey

  constructor(keyOf: (item: T) => SortKey) {
    this.keyOf = keyOf
  }

  get size() {
    return this.items.length
  }

  /** Bulk load, sorting once: far faster than inserting 100,000 items one by one. */
  load(items: Iterable<T>) {
    const list = Array.from(items)
    // Positions sorted by a parallel key array: no wrapper object per item; ids only break ties.
    const keys = list.map(this.keyOf)
    const compare = (a: number, b: number) =>
      keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : list[a].id < list[b].id ? -1 : list[a].id > list[b].id ? 1 : 0
    // Seeded rows often come in this order already (created in time order): one pass tells.
    let sorted = true
    for (let i = 1; i < list.length && sorted; i++) sorted = compare(i - 1, i) <= 0
    if (sorted) {
      this.items = list
      return
    }
    const order: number[] = []
    for (let i = 0; i < list.length; i++) order.push(i)
    order.sort(compare)
    this.items = order.map((i) => list[i])
  }

  insert(item: T) {
    this.items.splice(this.position(this.keyOf(item), item.id), 0, item)
  }

  /** Removes an item, found by its current key. */
  remove(item: T) {
    const at = this.position(this.keyOf(item), item.id)
    if (this.items[at] === item) this.items.splice(at, 1)
    else {
      // The key changed without a remove first: fall back to a scan rather than leave a stale entry.
      const index = this.items.indexOf(item)
      if (index >= 0) this.items.splice(index, 1)
    }
  }

  /** Sorts `items` (some of this index's) into the index's order, in place. */
  sort(items: T[]): T[] {
    const { keyOf } = this
    return items.sort((a, b) => {
      const ka = keyOf(a)
      const kb = keyOf(b)
      return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
    })
  }

  /** Walks items in order (or reverse) until `visit` returns false. */
  walk(dir: 'asc' | 'desc', visit: (item: T) => boolean | void) {
    const { items } = this
    if (dir === 'asc') {
      for (let i = 0; i < items.length; i++) if (visit(items[i]) === false) return
    } else {
      for (let i = items.length - 1; i >= 0; i--) if (visit(items[i]) === false) return
    }
  }

  private position(key: SortKey, id: string) {
    const { items, keyOf } = this
    let lo = 0
    let hi = items.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const k = keyOf(items[mid])
      if (k < key || (k === key && items[mid].id < id)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
