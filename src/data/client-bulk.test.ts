import { describe, expect, it } from 'vitest'
import { editTags } from './client-bulk'

describe('editTags', () => {
  it('adds after the tags a client has, keeping their order and never twice', () => {
    expect(editTags(['b', 'a'], ['c', 'a'], [])).toEqual(['b', 'a', 'c'])
  })

  it('removes only what was asked, and a tag both added and removed ends up removed', () => {
    expect(editTags(['a', 'b', 'c'], [], ['b', 'x'])).toEqual(['a', 'c'])
    expect(editTags(['a'], ['b'], ['b'])).toEqual(['a'])
  })
})
