import { beforeEach, describe, expect, it } from 'vitest'
import { columnsParam, loadViews, prefsFromColumnsParam, storeViews, viewQuery, withView, type SavedView } from './saved-views'

const prefs = { order: ['name', 'id', 'status', 'metadata.model'], hidden: ['id'], metadataKeys: ['model'] }

describe('saved views', () => {
  beforeEach(() => localStorage.clear())

  it('keeps a view per table and domain, and drops what is unreadable', () => {
    const view: SavedView = { name: 'Gateways', query: 'q=gate&sort=name', columns: prefs }
    storeViews('clients', 'd1', [view])
    expect(loadViews('clients', 'd1')).toEqual([view])
    expect(loadViews('clients', 'd2')).toEqual([])
    localStorage.setItem('fleet-console.views.clients.d1', '[{"name": 1}, "x"]')
    expect(loadViews('clients', 'd1')).toEqual([])
    localStorage.setItem('fleet-console.views.clients.d1', '{not json')
    expect(loadViews('clients', 'd1')).toEqual([])
  })

  it('keeps the filters and sort of the URL, not the page or a columns link', () => {
    expect(viewQuery('?q=gate&page=3&sort=name&columns=name')).toBe('q=gate&sort=name')
  })

  it('replaces a view of the same name', () => {
    const a: SavedView = { name: 'Gateways', query: 'a', columns: prefs }
    const b: SavedView = { name: ' gateways ', query: 'b', columns: prefs }
    expect(withView([a], b)).toEqual([b])
    expect(withView([a], { ...b, name: 'Other' })).toHaveLength(2)
  })

  it('carries the shown columns, in order, through a link', () => {
    const available = ['name', 'id', 'status', 'metadata.model']
    const param = columnsParam(prefs, prefs.order)
    expect(param).toBe('name,status,metadata.model')
    expect(prefsFromColumnsParam(param, ['name', 'id', 'status'])).toEqual({
      order: ['name', 'status', 'metadata.model', 'id'],
      hidden: ['id'],
      metadataKeys: ['model'],
    })
    expect(prefsFromColumnsParam('nonsense,,', available)).toBeNull()
  })
})
