export type PemBlock = { label: string; der: Uint8Array<ArrayBuffer> }

/** A `-----BEGIN …-----` … `-----END …-----` block as written: its labels and its body. */
export type RawPemBlock = { begin: string; end: string; body: string }

export type PemScan = {
  blocks: RawPemBlock[]
  /** The text outside the blocks. */
  outside: string
  /** The label of a BEGIN line that no END line follows. */
  unclosed: string | null
}

/** Larger than any certificate chain or key; longer text is refused before it is read. */
export const MAX_PEM_CHARS = 256 * 1024

const LABEL = /^[A-Z0-9 ]+$/
const MAX_LABEL = 64

type Marker = { label: string; at: number; after: number }

/**
 * The first `-----BEGIN label-----` (or END) line at or after `from`. Each candidate's label search stops
 * at the next `-----`, where any later candidate starts, so a whole scan reads the text about once.
 */
function findMarker(text: string, kind: 'BEGIN' | 'END', from: number): Marker | null {
  const prefix = `-----${kind} `
  for (let at = text.indexOf(prefix, from); at !== -1; at = text.indexOf(prefix, at + 1)) {
    const labelStart = at + prefix.length
    const close = text.indexOf('-----', labelStart)
    if (close === -1) return null
    if (close - labelStart > MAX_LABEL) continue
    const label = text.slice(labelStart, close)
    if (LABEL.test(label)) return { label, at, after: close + 5 }
  }
  return null
}

/**
 * Splits pasted text into PEM blocks in one pass. (A regular expression with a lazy body, as used before,
 * rescans the rest of the text from every BEGIN line without an END: quadratic on hostile input.)
 */
export function scanPem(text: string): PemScan {
  const blocks: RawPemBlock[] = []
  let outside = ''
  let unclosed: string | null = null
  let pos = 0
  for (;;) {
    const begin = findMarker(text, 'BEGIN', pos)
    const end = begin && findMarker(text, 'END', begin.after)
    if (!begin || !end) {
      unclosed = begin?.label ?? null
      break
    }
    outside += text.slice(pos, begin.at)
    blocks.push({ begin: begin.label, end: end.label, body: text.slice(begin.after, end.at) })
    pos = end.after
  }
  return { blocks, outside: outside + text.slice(pos), unclosed }
}

function decodeBase64(body: string): Uint8Array<ArrayBuffer> | null {
  const compact = body.replace(/\s+/g, '')
  if (!compact || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) return null
  try {
    const binary = atob(compact)
    return Uint8Array.from(binary, (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

/** The PEM blocks in a text; null when the text holds none, is too long, or a block is not valid base64. */
export function parsePem(text: string): PemBlock[] | null {
  if (text.length > MAX_PEM_CHARS) return null
  const blocks: PemBlock[] = []
  for (const block of scanPem(text).blocks) {
    if (block.begin !== block.end) return null
    const der = decodeBase64(block.body)
    // DER always starts with an ASN.1 SEQUENCE (0x30).
    if (!der || der[0] !== 0x30) return null
    blocks.push({ label: block.begin, der })
  }
  return blocks.length ? blocks : null
}

/** Why a pasted certificate is not usable, or null when it is one PEM certificate (chain allowed). */
export function certificateProblem(text: string): string | null {
  if (!text.trim()) return 'Paste the client certificate (PEM)'
  if (text.length > MAX_PEM_CHARS)
    return `This is ${Math.round(text.length / 1024)} KB of text, too long for a certificate: paste one certificate`
  const blocks = parsePem(text)
  if (!blocks) return 'Not a PEM certificate: expected -----BEGIN CERTIFICATE----- … -----END CERTIFICATE----- with base64 inside'
  if (blocks.some((b) => b.label.includes('PRIVATE KEY'))) return 'This is a private key: paste the certificate, never the key'
  if (!blocks.some((b) => b.label === 'CERTIFICATE')) return `Expected a CERTIFICATE block, found ${blocks[0].label}`
  return null
}
