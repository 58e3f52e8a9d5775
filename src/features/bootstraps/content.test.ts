import { describe, expect, it } from 'vitest'
import { checkContent, contentProblem } from './content'

describe('checkContent', () => {
  it('treats text that does not start like JSON as plain text', () => {
    expect(checkContent('')).toEqual({ kind: 'empty' })
    expect(checkContent('site=Line 1\ninterval=30')).toEqual({ kind: 'text' })
    expect(contentProblem('interval: 30 {not json}')).toBeNull()
  })

  it('parses JSON objects and arrays', () => {
    expect(checkContent(' {"a": [1, 2]} ')).toEqual({ kind: 'json', value: { a: [1, 2] } })
    expect(checkContent('[1]')).toEqual({ kind: 'json', value: [1] })
  })

  it('explains invalid JSON with its position', () => {
    const problem = contentProblem('{\n  "a": 1,\n}')
    expect(problem).toMatch(/^This looks like JSON but is not valid/)
    expect(problem).toMatch(/line 3, column 1/)
  })
})
