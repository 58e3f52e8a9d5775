const PAGE = 100
/** Lists fetched in full here are small (a client's roles, a domain's members); this only stops a runaway loop. */
const MAX_PAGES = 20

/** Every item of an offset/limit list, page by page. */
export async function fetchAll<T>(page: (offset: number, limit: number) => Promise<{ total: number; items: T[] }>): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < MAX_PAGES; i++) {
    const { total, items } = await page(out.length, PAGE)
    out.push(...items)
    if (items.length === 0 || out.length >= total) break
  }
  return out
}
