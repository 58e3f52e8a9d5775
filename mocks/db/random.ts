/** A small deterministic PRNG (mulberry32): the same seed always yields the same demo data. */
export type Random = {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
  sample<T>(items: readonly T[], count: number): T[]
  uuid(): string
  hex(length: number): string
}

const HEX_CODES = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0))
const VARIANT_CODES = Array.from('89ab', (ch) => ch.charCodeAt(0))
const DASH = 0x2d

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  // Built from char codes in one call: `+=` would leave a rope of small strings, costing memory at 100k rows.
  const codes: number[] = []
  const hexCodes = (length: number) => {
    codes.length = 0
    for (let i = 0; i < length; i++) codes.push(HEX_CODES[Math.floor(next() * 16)])
    return codes
  }
  const hex = (length: number) => String.fromCharCode(...hexCodes(length))
  const uuidCodes: number[] = Array.from({ length: 36 }, () => 0)
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    sample(items, count) {
      const pool = items.slice()
      const out: (typeof pool)[number][] = []
      while (out.length < count && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0])
      return out
    },
    uuid() {
      // 32 hex digits drawn in order, dashes at 8, 13, 18 and 23; then the version and variant digits.
      for (let i = 0, at = 0; i < 32; i++, at++) {
        if (at === 8 || at === 13 || at === 18 || at === 23) uuidCodes[at++] = DASH
        uuidCodes[at] = HEX_CODES[Math.floor(next() * 16)]
      }
      uuidCodes[14] = 0x34 // version 4
      uuidCodes[19] = VARIANT_CODES[Math.floor(next() * 4)]
      return String.fromCharCode.apply(null, uuidCodes)
    },
    hex,
  }
}

/** Ids for entities created at run time (not part of the deterministic seed). */
export function randomUuid(): string {
  return crypto.randomUUID()
}
