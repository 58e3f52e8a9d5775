import { describe, expect, it, vi } from 'vitest'
import { tableSort, tableStatus } from './table-state'

describe('tableStatus', () => {
  it('shows a first load as loading, a refresh as fetching, and retries with a refetch', () => {
    const refetch = vi.fn()
    const error = new Error('down')
    const status = tableStatus({ isPending: false, isFetching: true, error, refetch })
    expect(status).toMatchObject({ loading: false, fetching: true, error })
    status.onRetry()
    expect(refetch).toHaveBeenCalledOnce()
    expect(tableStatus({ isPending: true, isFetching: true, error: null, refetch })).toMatchObject({ loading: true, error: null })
  })
})

describe('tableSort', () => {
  it('reads the sort from list state and writes the column and direction back', () => {
    const setState = vi.fn()
    const { sort, onSortChange } = tableSort({ sort: 'created_at', dir: 'desc' }, setState)
    expect(sort).toEqual({ id: 'created_at', desc: true })
    expect(tableSort({ sort: 'name', dir: 'asc' }, setState).sort).toEqual({ id: 'name', desc: false })
    onSortChange({ id: 'name', desc: false })
    expect(setState).toHaveBeenLastCalledWith({ sort: 'name', dir: 'asc' })
    onSortChange({ id: 'created_at', desc: true })
    expect(setState).toHaveBeenLastCalledWith({ sort: 'created_at', dir: 'desc' })
  })
})
