import { parsePem } from './pem'

export type CertificateInfo = {
  subjectCN: string | null
  issuerCN: string | null
  serial: string
  notBefore: Date
  notAfter: Date
  /** SHA-256 of the DER bytes, as AA:BB:… */
  fingerprint: string
}

type Node = { tag: number; start: number; contentStart: number; end: number }

/**
 * Reads the element at `at`, which must end by `limit` (its parent's end). The bytes are untrusted (a
 * client's stored metadata reaches this): lengths are read unsigned and every element must fit in its
 * parent, so each read moves strictly forward and a walk over any input ends in time linear in its size.
 */
function read(der: Uint8Array, at: number, limit: number): Node {
  if (at + 2 > limit) throw new Error('truncated DER')
  const tag = der[at]
  // Multi-byte tags never occur in the fields read here.
  if ((tag & 0x1f) === 0x1f) throw new Error('unsupported DER tag')
  let len = der[at + 1]
  let offset = at + 2
  if (len & 0x80) {
    const count = len & 0x7f
    if (count === 0 || count > 4 || offset + count > limit) throw new Error('unsupported DER length')
    len = 0
    // Arithmetic, not `<<`: a shift makes a 32-bit signed number, and a length with the high bit set negative.
    for (let i = 0; i < count; i++) len = len * 256 + der[offset + i]
    offset += count
  }
  const end = offset + len
  if (end > limit) throw new Error('truncated DER')
  return { tag, start: at, contentStart: offset, end }
}

function children(der: Uint8Array, node: Node): Node[] {
  const out: Node[] = []
  for (let at = node.contentStart; at < node.end;) {
    const child = read(der, at, node.end)
    out.push(child)
    at = child.end
  }
  return out
}

/** The children of `node`, which must be a SEQUENCE or SET with at least `count` of them. */
function fields(der: Uint8Array, node: Node | undefined, count: number): Node[] {
  if (!node || (node.tag !== 0x30 && node.tag !== 0x31)) throw new Error('expected a SEQUENCE')
  const out = children(der, node)
  if (out.length < count) throw new Error('missing DER fields')
  return out
}

const text = (der: Uint8Array, node: Node) => new TextDecoder().decode(der.subarray(node.contentStart, node.end))
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(':')
const CN_OID = [0x55, 0x04, 0x03]

function commonName(der: Uint8Array, nameNode: Node): string | null {
  for (const rdn of fields(der, nameNode, 0)) {
    for (const attribute of fields(der, rdn, 0)) {
      const [type, value] = fields(der, attribute, 2)
      const id = der.subarray(type.contentStart, type.end)
      if (id.length === 3 && CN_OID.every((b, i) => id[i] === b)) return text(der, value)
    }
  }
  return null
}

/** UTCTime (YYMMDDHHMM[SS]Z) or GeneralizedTime (YYYYMMDDHHMM[SS]Z). */
const TIMES: Record<number, RegExp> = {
  0x17: /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/,
  0x18: /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/,
}

function time(der: Uint8Array, node: Node): Date {
  const match = TIMES[node.tag]?.exec(text(der, node))
  if (!match) throw new Error('not a DER time')
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0))
  const year = node.tag === 0x17 ? (y < 50 ? 2000 : 1900) + y : y
  const date = new Date(Date.UTC(year, mo - 1, d, h, mi, s))
  // A date the page cannot print (toISOString throws on an invalid one) is refused here.
  if (Number.isNaN(date.getTime())) throw new Error('invalid DER time')
  return date
}

/**
 * Reads subject and issuer CN, validity, serial and fingerprint from one PEM certificate; null for
 * anything else, whatever the bytes (never throws, never hangs).
 */
export async function inspectCertificate(pemText: string): Promise<CertificateInfo | null> {
  const block = parsePem(pemText)?.find((b) => b.label === 'CERTIFICATE')
  if (!block) return null
  try {
    const der = block.der
    const certificate = read(der, 0, der.length)
    const [tbs] = fields(der, certificate, 1)
    const parts = fields(der, tbs, 6)
    // The version is an optional [0] field before the serial.
    const rest = parts[0].tag === 0xa0 ? parts.slice(1) : parts
    if (rest.length < 6) return null
    const [serial, , issuer, validity, subject] = rest
    const [notBefore, notAfter] = fields(der, validity, 2)
    const info = {
      subjectCN: commonName(der, subject),
      issuerCN: commonName(der, issuer),
      serial: hex(der.subarray(serial.contentStart, serial.end)),
      notBefore: time(der, notBefore),
      notAfter: time(der, notAfter),
    }
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der))
    return { ...info, fingerprint: hex(digest).toUpperCase() }
  } catch {
    return null
  }
}
