import type { ClientListState } from './list-params'

export function hasClientFilters(state: ClientListState) {
  return Boolean(state.q || state.tags || state.meta || state.group || state.status !== 'all')
}

export const CLEAR_FILTERS: Partial<ClientListState> = { q: '', tags: '', tagMode: 'all', meta: '', group: '', status: 'all' }

/** An empty metadata filter leaves the URL without `meta`, not with `{}`. */
export const metadataPatch = (next: Record<string, unknown>): Partial<ClientListState> => ({
  meta: Object.keys(next).length ? JSON.stringify(next) : '',
})
