/**
 * Just enough DER to mint well-formed (not cryptographically valid) X.509 certificates for the demo:
 * real structure, random key and signature bytes.
 */
type Bytes = number[]

function length(n: number): Bytes {
  if (n < 0x80) return [n]
  const out: Bytes = []
  for (let v = n; v > 0; v >>>= 8) out.unshift(v & 0xff)
  return [0x80 | out.length, ...out]
}

// `concat` rather than spreads or `flat()`, and one encoder: the seed mints 200 certificates, which took
// ~100 ms with those (a new TextEncoder per string, generic spreads of byte arrays).
const tlv = (tag: number, content: Bytes): Bytes => [tag].concat(length(content.length), content)
const joined = (items: Bytes[]): Bytes => ([] as Bytes).concat(...items)
export const sequence = (...items: Bytes[]) => tlv(0x30, joined(items))
const set = (...items: Bytes[]) => tlv(0x31, joined(items))
const encoder = new TextEncoder()
const encode = (text: string): Bytes => Array.from(encoder.encode(text))
const utf8 = (text: string) => tlv(0x0c, encode(text))
const explicit = (n: number, content: Bytes) => tlv(0xa0 + n, content)

export function integer(bytes: Bytes): Bytes {
  const trimmed = bytes.slice()
  while (trimmed.length > 1 && trimmed[0] === 0) trimmed.shift()
  // A leading 1 bit would read as negative.
  if (trimmed[0] & 0x80) trimmed.unshift(0)
  return tlv(0x02, trimmed)
}

function oid(dotted: string): Bytes {
  const [a, b, ...rest] = dotted.split('.').map(Number)
  const out: Bytes = [a * 40 + b]
  for (const part of rest) {
    const chunk: Bytes = [part & 0x7f]
    for (let v = part >>> 7; v > 0; v >>>= 7) chunk.unshift((v & 0x7f) | 0x80)
    out.push(...chunk)
  }
  return tlv(0x06, out)
}

export const bitString = (bytes: Bytes) => tlv(0x03, [0, ...bytes])
export const octetString = (bytes: Bytes) => tlv(0x04, bytes)

function time(date: Date): Bytes {
  const pad = (n: number) => String(n).padStart(2, '0')
  const body = `${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  const year = date.getUTCFullYear()
  // UTCTime until 2049, GeneralizedTime after (RFC 5280).
  return year < 2050 ? tlv(0x17, encode(`${pad(year % 100)}${body}`)) : tlv(0x18, encode(`${year}${body}`))
}

export type NameParts = { commonName: string; organization?: string; organizationalUnit?: string; country?: string }

const COUNTRY = oid('2.5.4.6')
const ORGANIZATION = oid('2.5.4.10')
const ORGANIZATIONAL_UNIT = oid('2.5.4.11')
const COMMON_NAME = oid('2.5.4.3')

function name(parts: NameParts): Bytes {
  const rdns: Bytes[] = []
  if (parts.country) rdns.push(set(sequence(COUNTRY, tlv(0x13, encode(parts.country)))))
  if (parts.organization) rdns.push(set(sequence(ORGANIZATION, utf8(parts.organization))))
  if (parts.organizationalUnit) rdns.push(set(sequence(ORGANIZATIONAL_UNIT, utf8(parts.organizationalUnit))))
  rdns.push(set(sequence(COMMON_NAME, utf8(parts.commonName))))
  return sequence(...rdns)
}

/** Issuers are few (the demo CA): their encoded names are kept. */
const issuerNames = new WeakMap<NameParts, Bytes>()
function issuerName(parts: NameParts): Bytes {
  let bytes = issuerNames.get(parts)
  if (!bytes) issuerNames.set(parts, (bytes = name(parts)))
  return bytes
}

const ECDSA_SHA256 = sequence(oid('1.2.840.10045.4.3.2'))
const EC_P256 = sequence(oid('1.2.840.10045.2.1'), oid('1.2.840.10045.3.1.7'))

export type CertificateSpec = {
  serial: Bytes
  subject: NameParts
  issuer: NameParts
  notBefore: Date
  notAfter: Date
  random: (n: number) => Bytes
}

export function certificateDer(spec: CertificateSpec): Uint8Array {
  const publicKey = [0x04, ...spec.random(64)]
  const tbs = sequence(
    explicit(0, integer([2])),
    integer(spec.serial),
    ECDSA_SHA256,
    issuerName(spec.issuer),
    sequence(time(spec.notBefore), time(spec.notAfter)),
    name(spec.subject),
    sequence(EC_P256, bitString(publicKey)),
  )
  const signature = sequence(integer([0x7f, ...spec.random(31)]), integer([0x7f, ...spec.random(31)]))
  return Uint8Array.from(sequence(tbs, ECDSA_SHA256, bitString(signature)))
}

const P256 = oid('1.2.840.10045.3.1.7')

export function privateKeyDer(random: (n: number) => Bytes): Uint8Array {
  return Uint8Array.from(sequence(integer([1]), octetString(random(32)), explicit(0, P256), explicit(1, bitString([0x04, ...random(64)]))))
}

export function pem(label: string, der: Uint8Array): string {
  const binary = String.fromCharCode.apply(null, der as unknown as number[])
  const body = btoa(binary)
    .replace(/(.{64})/g, '$1\n')
    .trimEnd()
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`
}
