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

function read(der: Uint8Array, at: number): Node {
  const tag = der[at]
  let len = der[at + 1]
  let offset = at + 2
  if (len & 0x80) {
    const count = len & 0x7f
    if (count === 0 || count > 4) throw new Error('unsupported DER length')
    len = 0
    for (let i = 0; i < count; i++) len = (len << 8) | der[offset + i]
    offset += count
  }
  const end = offset + len
  if (end > der.length) throw new Error('truncated DER')
  return { tag, start: at, contentStart: offset, end }
}

function children(der: Uint8Array, node: Node): Node[] {
  const out: Node[] = []
  for (let at = node.contentStart; at < node.end;) {
    const child = read(der, at)
    out.push(child)
    at = child.end
  }
  return out
}

const text = (der: Uint8Array, node: Node) => new TextDecoder().decode(der.subarray(node.contentStart, node.end))
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(':')
const CN_OID = [0x55, 0x04, 0x03]

function commonName(der: Uint8Array, nameNode: Node): string | null {
  for (const rdn of children(der, nameNode)) {
    for (const attribute of children(der, rdn)) {
      const [type, value] = children(der, attribute)
      const id = der.subarray(type.contentStart, type.end)
      if (id.length === 3 && CN_OID.every((b, i) => id[i] === b)) return text(der, value)
    }
  }
  return null
}

function time(der: Uint8Array, node: Node): Date {
  const value = text(der, node)
  const full = node.tag === 0x17 ? `${Number(value.slice(0, 2)) < 50 ? '20' : '19'}${value}` : value
  const [y, mo, d, h, mi, s] = [
    full.slice(0, 4),
    full.slice(4, 6),
    full.slice(6, 8),
    full.slice(8, 10),
    full.slice(10, 12),
    full.slice(12, 14),
  ].map(Number)
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s || 0))
}

/** Reads subject and issuer CN, validity, serial and fingerprint from one PEM certificate. */
export async function inspectCertificate(pemText: string): Promise<CertificateInfo | null> {
  const block = parsePem(pemText)?.find((b) => b.label === 'CERTIFICATE')
  if (!block) return null
  try {
    const der = block.der
    const certificate = read(der, 0)
    const [tbs] = children(der, certificate)
    const fields = children(der, tbs)
    // The version is an optional [0] field before the serial.
    const rest = fields[0].tag === 0xa0 ? fields.slice(1) : fields
    const [serial, , issuer, validity, subject] = rest
    const [notBefore, notAfter] = children(der, validity)
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der))
    return {
      subjectCN: commonName(der, subject),
      issuerCN: commonName(der, issuer),
      serial: hex(der.subarray(serial.contentStart, serial.end)),
      notBefore: time(der, notBefore),
      notAfter: time(der, notAfter),
      fingerprint: hex(digest).toUpperCase(),
    }
  } catch {
    return null
  }
}
