import { describe, expect, it } from 'vitest'
import { CLIENT_LIST_DEFAULTS, metadataValue, toListParams } from './list-params'

describe('toListParams', () => {
  it('sends tags with OR (a,b) or AND (a+b) and metadata as an object', () => {
    const state = { ...CLIENT_LIST_DEFAULTS, tags: 'sensor,temperature', meta: '{"model":"DS18B20","floor":2}' }
    expect(toListParams(state)).toMatchObject({ tags: 'sensor,temperature', metadata: { model: 'DS18B20', floor: 2 } })
    expect(toListParams({ ...state, tagMode: 'all' }).tags).toBe('sensor+temperature')
  })

  it('pages and sorts, falling back to the server order for last seen', () => {
    expect(toListParams({ ...CLIENT_LIST_DEFAULTS, page: 3, size: 50, sort: 'name', dir: 'asc' })).toMatchObject({
      offset: 100,
      limit: 50,
      order: 'name',
      dir: 'asc',
    })
    expect(toListParams({ ...CLIENT_LIST_DEFAULTS, sort: 'last_seen', dir: 'asc' })).toMatchObject({ order: 'updated_at', dir: 'desc' })
  })

  it('ignores a broken metadata parameter rather than sending it', () => {
    expect(toListParams({ ...CLIENT_LIST_DEFAULTS, meta: '{oops' }).metadata).toBeUndefined()
  })
})

describe('metadataValue', () => {
  it('types numbers, booleans and null; keeps text as text', () => {
    expect([
      metadataValue('2'),
      metadataValue('true'),
      metadataValue('null'),
      metadataValue('DS18B20'),
      metadataValue('"2"'),
      metadataValue(' 2.5 '),
    ]).toEqual([2, true, null, 'DS18B20', '2', 2.5])
  })
})
