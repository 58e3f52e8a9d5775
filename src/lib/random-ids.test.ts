import { describe, expect, it } from 'vitest'
import { randomIds } from './random-ids'

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('randomIds', () => {
  it('makes distinct version 4 UUIDs, past a refill of its pool', () => {
    const next = randomIds()
    const ids = Array.from({ length: 10_000 }, next)
    for (const id of ids) expect(id).toMatch(V4)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('uses every random bit but the version and variant', () => {
    const next = randomIds()
    let seen = 0n
    for (let i = 0; i < 2_000; i++) seen |= BigInt(`0x${next().replace(/-/g, '')}`)
    // 128 bits less the 6 fixed ones: 4 version bits (0100) of which one is set, 2 variant bits (10) of which one is set.
    const setBits = seen.toString(2).replace(/0/g, '').length
    expect(setBits).toBe(128 - 6 + 2)
  })
})
