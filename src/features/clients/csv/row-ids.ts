const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 2246822507)
  h = Math.imul(h ^ (h >>> 13), 3266489909)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * Two 32-bit lanes of a string hash (cyrb53's shape) over `texts`, each followed by its length as a value no
 * character has, so that no two different lists of strings hash alike by moving text from one to the next.
 */
function hash64(texts: readonly string[], seed1: number, seed2: number): [number, number] {
  let h1 = seed1
  let h2 = seed2
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const k = text.charCodeAt(i)
      h1 = Math.imul(h1 ^ k, 2654435761)
      h2 = Math.imul(h2 ^ k, 1597334677)
    }
    h1 = Math.imul(h1 ^ (0x10000 + text.length), 2654435761)
    h2 = Math.imul(h2 ^ (0x10000 + text.length), 1597334677)
  }
  // Each lane takes in the other.
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return [fmix(h1), fmix(h2)]
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
 * The client ids of an import's rows, derived from the rows so that importing the same file again (after a
 * closed tab, a lost answer, a crash) sends the same ids: Magistrala lets the client choose `id`, refuses
 * one that exists, and the importer finds the row already created and skips it.
 *
 * A row is its Name and Secret cells as written, and which occurrence of that pair it is in the file (the
 * first, the second…), in its domain (ids are unique across domains). Not the file's digest and the row's
 * number: a file fixed after a first run (a bad row corrected, rows added or removed) keeps the ids of its
 * other rows, so importing it again does not create those twice. Not the tags and metadata cells either:
 * hashing them too doubled the cost, and a row whose tags were edited is still the client created before.
 *
 * The hash is not cryptographic, and need not be: the ids are not secrets, and a collision takes a crafted
 * file and only makes that row report as already created. 64 bits of it make the 122 of the UUID. It must
 * be cheap, as ids made by the hundred thousand must be (`crypto.randomUUID`, ~4 µs a call in Chromium,
 * once took 0.4 s of a 100,000-row preview).
 */
export function rowIds(domainId: string): (cells: readonly string[]) => string {
  const [seed1, seed2] = hash64([domainId], 0x9e3779b9, 0x85ebca6b)
  // Keyed by the row's 53 high bits, a number: string keys made this map cost more than the hashing.
  const occurrences = new Map<number, number>()
  return (cells) => {
    const [h1, h2] = hash64([cells[0] ?? '', cells[1] ?? ''], seed1, seed2)
    const key = h1 * 2 ** 21 + (h2 >>> 11)
    const nth = occurrences.get(key) ?? 0
    occurrences.set(key, nth + 1)
    const h3 = fmix(h1 ^ Math.imul(nth + 1, 0x9e3779b1))
    return uuid([h1, h2, h3, fmix(h2 ^ h3 ^ Math.imul(nth + 1, 0x85ebca77))])
  }
}
