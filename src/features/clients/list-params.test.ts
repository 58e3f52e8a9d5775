import { describe, expect, it } from 'vitest'
import { CLIENT_LIST_DEFAULTS, metadataValue, toListParams } from './list-params'

describe('toListParams', () => {
  it('sends tags with AND (a+b) by default or OR (a,b), and metadata as an object', () => {
    const state = { ...CLIENT_LIST_DEFAULTS, tags: 'sensor,temperature', meta: '{"model":"DS18B20","floor":2}' }
    expect(toListParams(state)).toMatchObject({ tags: 'sensor+temperature', metadata: { model: 'DS18B20', floor: 2 } })
    expect(toListParams({ ...state, tagMode: 'any' }).tags).toBe('sensor,temperature')
  })

  it('searches by id when the text is shaped like one, by name otherwise', () => {
    const id = '8F6E2A10-3B4C-4D5E-9F60-718293A4B5C6'
    const byId = toListParams({ ...CLIENT_LIST_DEFAULTS, q: ` ${id} ` })
    expect([byId.id, byId.name]).toEqual([id.toLowerCase(), undefined])
    const byName = toListParams({ ...CLIENT_LIST_DEFAULTS, q: '8f6e2a10' })
    expect([byName.id, byName.name]).toEqual([undefined, '8f6e2a10'])
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
