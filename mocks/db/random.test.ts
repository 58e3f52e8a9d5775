import { describe, expect, it } from 'vitest'
import { createRandom } from './random'

/** mulberry32 as published (uint32 state, a double per draw): the generator must draw exactly this. */
function reference(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('createRandom', () => {
  it('draws mulberry32, and its uuids and hex take one draw per digit', () => {
    for (const seed of [0, 1, 20261123, 0x7fffffff, 0x80000000, 0xffffffff]) {
      const random = createRandom(seed)
      const ref = reference(seed)
      const digit = () => '0123456789abcdef'[Math.floor(ref() * 16)]
      for (let i = 0; i < 1000; i++) expect(random.next()).toBe(ref())
      const uuid = Array.from({ length: 32 }, digit)
      const variant = '89ab'[Math.floor(ref() * 4)]
      uuid[12] = '4'
      uuid[16] = variant
      const hex = uuid.join('')
      expect(random.uuid()).toBe(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`)
      expect(random.hex(6)).toBe(Array.from({ length: 6 }, digit).join(''))
      expect(random.next()).toBe(ref())
    }
  })
})
