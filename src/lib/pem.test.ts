import { describe, expect, it } from 'vitest'
import { scanPem } from './pem'

describe('scanPem', () => {
  it('splits blocks from the text around them, and reports a BEGIN line left open', () => {
    expect(scanPem('a\n-----BEGIN X-----\nAAAA\n-----END X-----\nb\n-----BEGIN Y-----\nBB')).toEqual({
      blocks: [{ begin: 'X', end: 'X', body: '\nAAAA\n' }],
      outside: 'a\n\nb\n-----BEGIN Y-----\nBB',
      unclosed: 'Y',
    })
  })

  it('pairs a BEGIN with the first END after it, whatever its label, and skips malformed markers', () => {
    const { blocks } = scanPem('-----BEGIN lower-----\n-----BEGIN A-----x-----END bad label-----y-----END B-----')
    expect(blocks).toEqual([{ begin: 'A', end: 'B', body: 'x-----END bad label-----y' }])
  })
})
