import type { BootstrapListParams } from '../../api/schemas/bootstrap'

export const BOOTSTRAP_LIST_DEFAULTS = {
  q: '',
  state: 'all',
  page: 1,
  size: 25,
}

export type BootstrapListState = typeof BOOTSTRAP_LIST_DEFAULTS

export const BOOTSTRAP_LIST_ALLOWED = {
  state: ['all', 'enabled', 'disabled'],
  size: [10, 25, 50, 100],
} as const

export const hasBootstrapFilters = (state: BootstrapListState) => Boolean(state.q || state.state !== 'all')

/** URL state → the list endpoint's parameters (the service has no sort order to choose). */
export function toListParams(state: BootstrapListState): BootstrapListParams {
  return {
    offset: (state.page - 1) * state.size,
    limit: state.size,
    name: state.q || undefined,
    state: state.state === 'enabled' ? 1 : state.state === 'disabled' ? 0 : undefined,
  }
}
