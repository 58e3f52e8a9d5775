/** What every list of this feature keeps in its URL: a name search, its page, and a sort by name or creation. */
export const LIST_DEFAULTS = { q: '', page: 1, size: 25, sort: 'name', dir: 'asc' }
export const LIST_ALLOWED = { size: [10, 25, 50, 100], sort: ['name', 'created_at'], dir: ['asc', 'desc'] } as const
