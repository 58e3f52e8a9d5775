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
  // Kept as an int32 (the same bits as mulberry32's uint32): a uint32 above 2^31 is a boxed number,
  // and storing one on every draw was most of the garbage of a 100,000-client seed's uuids.
  let state = seed | 0
  /** The next 32 random bits, as an int32 (a small integer, never boxed). */
  const bits = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return t ^ (t >>> 14)
  }
  const next = () => (bits() >>> 0) / 4294967296
  // floor(next() * 16) is the top four bits, and floor(next() * 4) the top two: the same draws.
  const hexCode = () => HEX_CODES[bits() >>> 28]
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  // Built from char codes in one call: `+=` would leave a rope of small strings, costing memory at 100k rows.
  // Written by index: emptying the array (`length = 0`) would drop its storage, reallocated on every call.
  const hexCodes: number[] = []
  const hex = (length: number) => {
    hexCodes.length = length
    for (let i = 0; i < length; i++) hexCodes[i] = hexCode()
    return String.fromCharCode.apply(null, hexCodes)
  }
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
        uuidCodes[at] = hexCode()
      }
      uuidCodes[14] = 0x34 // version 4
      uuidCodes[19] = VARIANT_CODES[bits() >>> 30]
      return String.fromCharCode.apply(null, uuidCodes)
    },
    hex,
  }
}

/** Ids for entities created at run time (not part of the deterministic seed). */
export function randomUuid(): string {
  return crypto.randomUUID()
}

/** A stable 32-bit FNV-1a hash of a string: simulated figures that stay the same for the same client or channel. */
export function stableHash(text: string) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0
  return h
}
