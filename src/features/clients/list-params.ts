import type { ClientListParams } from '../../api/schemas/client'

export const CLIENT_LIST_DEFAULTS = {
  q: '',
  status: 'all',
  tag: '',
  page: 1,
  size: 25,
  sort: 'created_at',
  dir: 'desc',
}

export type ClientListState = typeof CLIENT_LIST_DEFAULTS

export const CLIENT_LIST_ALLOWED = {
  status: ['all', 'enabled', 'disabled'],
  size: [10, 25, 50, 100],
  sort: ['name', 'created_at'],
  dir: ['asc', 'desc'],
} as const

/** URL state → the clients list endpoint's query parameters. */
export function toListParams(state: ClientListState): ClientListParams {
  return {
    offset: (state.page - 1) * state.size,
    limit: state.size,
    name: state.q || undefined,
    tags: state.tag || undefined,
    status: state.status as ClientListParams['status'],
    order: state.sort as ClientListParams['order'],
    dir: state.dir as ClientListParams['dir'],
  }
}
