import { describe, expect, it } from 'vitest'
import { createRandom } from '../db/random'
import { isoString } from './iso'

describe('isoString', () => {
  it('writes what toISOString writes, whatever the order times are asked in', () => {
    const random = createRandom(1)
    const times = [0, 1, 999, 86_399_999, 86_400_000, Date.parse('2026-11-01T12:00:00Z'), 253_402_300_799_999]
    for (let i = 0; i < 20_000; i++) times.push(Math.floor(random.next() * 253_402_300_800_000))
    // Consecutive times in one day, as the seed asks: the cached date part must still be right.
    for (let t = Date.parse('2026-03-01T23:59:58.500Z'), i = 0; i < 50; i++, t += 97) times.push(t)
    for (const t of times) expect(isoString(t)).toBe(new Date(t).toISOString())
  })

  it('falls back to the builtin outside four-digit years and for fractions', () => {
    for (const t of [-1, -86_400_001, 253_402_300_800_000, 8.64e15, 1.5]) expect(isoString(t)).toBe(new Date(t).toISOString())
    expect(() => isoString(Number.NaN)).toThrow(RangeError)
  })
})
