const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/**
 * A 128-bit hash of strings in four 32-bit lanes (cyrb128's shape, MurmurHash3's constants). Each string is
 * followed by its length as a value no character has, so no two different lists of strings hash alike by
 * moving text from one to the next.
 */
function hash128(texts: readonly string[], seeds: readonly number[]): number[] {
  let [h1, h2, h3, h4] = seeds
  for (const text of texts) {
    for (let i = 0; i <= text.length; i++) {
      const k = i < text.length ? text.charCodeAt(i) : 0x10000 + text.length
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
    }
  }
  // Each lane takes in the others, so that all four depend on every character.
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  return [fmix(h1), fmix(h2 ^ h1), fmix(h3 ^ h1), fmix(h4 ^ h1)]
}

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 2246822507)
  h = Math.imul(h ^ (h >>> 13), 3266489909)
  return (h ^ (h >>> 16)) >>> 0
}

function uuid(words: number[]): string {
  let id = ''
  for (let k = 0; k < 16; k++) {
    let byte = (words[k >> 2] >>> (8 * (3 - (k & 3)))) & 0xff
    // Version 8 ("custom", RFC 9562: these are not random) and the RFC variant (10xx).
    if (k === 6) byte = (byte & 0x0f) | 0x80
    else if (k === 8) byte = (byte & 0x3f) | 0x80
    id += (k === 4 || k === 6 || k === 8 || k === 10 ? '-' : '') + HEX[byte]
  }
  return id
}

/**
 * The client ids of an import's rows, derived from the row itself so that importing the same file again
 * (after a closed tab, a lost answer, a crash) sends the same ids: Magistrala lets the client choose `id`,
 * refuses one that exists, and the importer then finds the row already created and skips it.
 *
 * Derived from the row's cells, not from the file's digest and the row's number: a file fixed after a
 * first run (a bad row corrected, rows added) keeps the ids of its unchanged rows. Identical rows are told
 * apart by their occurrence (the first, the second…), and the domain is part of the hash because ids are
 * unique across domains. The hash is not cryptographic, and need not be: the ids are not secrets, a
 * collision takes a crafted file and only makes that row report as already created. And it is cheap, as
 * ids made by the hundred thousand must be (`crypto.randomUUID`, ~4 µs a call in Chromium, once took 0.4 s
 * of a 100,000-row preview): a 100,000-row file's ids take a few tens of milliseconds.
 */
export function rowIds(domainId: string): (cells: readonly string[]) => string {
  const seeds = hash128([domainId], [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f])
  // Keyed by 53 bits of the row's hash, a number: string keys made this map most of the ids' cost.
  const occurrences = new Map<number, number>()
  return (cells) => {
    const content = hash128(cells, seeds)
    const key = content[0] * 2 ** 21 + (content[1] >>> 11)
    const nth = occurrences.get(key) ?? 0
    occurrences.set(key, nth + 1)
    return uuid(nth === 0 ? content : content.map((word, lane) => fmix(word ^ Math.imul(nth, 0x9e3779b1 + 2 * lane))))
  }
}
