/**
 * Checks operator-pasted certificates and keys before they are sent: PEM (one or more
 * `-----BEGIN …-----` blocks with base64 bodies) or a single base64-encoded DER value. The bootstrap
 * service stores whatever it is given, so this is the only place bad input is caught.
 */
import { MAX_PEM_CHARS, scanPem } from './pem'

export type PemKind = 'certificate' | 'private key'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
/** RFC 1421 headers some encrypted keys carry (`Proc-Type: …`), before a blank line. */
const HEADER_LINE = /^[A-Za-z-]+:.*$/

const article = (kind: PemKind) => (kind === 'certificate' ? 'a certificate' : 'a private key')

function isBase64(text: string) {
  return text.length > 0 && text.length % 4 === 0 && BASE64.test(text)
}

function labelFits(label: string, kind: PemKind) {
  return kind === 'certificate' ? label === 'CERTIFICATE' || label === 'TRUSTED CERTIFICATE' : /(^| )PRIVATE KEY$/.test(label)
}

function blockBody(raw: string): string {
  const lines = raw.split(/\r?\n/).map((l) => l.trim())
  const blank = lines.indexOf('', 1)
  const hasHeaders = lines.some((l) => HEADER_LINE.test(l))
  const bodyLines = hasHeaders && blank > 0 ? lines.slice(blank) : lines
  return bodyLines.join('')
}

/** Why `text` is not usable as `kind`, or null when it is fine (or empty: every field is optional). */
export function certificateProblem(text: string, kind: PemKind, options: { multiple?: boolean } = {}): string | null {
  const trimmed = text.trim()
  if (!trimmed) return null
  if (trimmed.length > MAX_PEM_CHARS) return `This is ${Math.round(trimmed.length / 1024)} KB of text, too long for ${article(kind)}.`
  if (trimmed.includes('-----BEGIN') || trimmed.includes('-----END'))
    return pemProblem(trimmed, kind, options.multiple ?? kind === 'certificate')
  return derProblem(trimmed, kind)
}

function pemProblem(text: string, kind: PemKind, multiple: boolean): string | null {
  const { blocks, outside: rest, unclosed } = scanPem(text)
  if (blocks.length === 0) {
    return unclosed
      ? `The “-----BEGIN ${unclosed}-----” line has no matching “-----END ${unclosed}-----” line: paste the whole block.`
      : 'There is an “-----END …-----” line without its “-----BEGIN …-----” line: paste the whole block.'
  }
  const outside = rest.trim()
  if (outside)
    return `There is text outside the PEM blocks (“${outside.slice(0, 24)}${outside.length > 24 ? '…' : ''}”): paste only the -----BEGIN … END----- blocks.`
  if (!multiple && blocks.length > 1) return `Paste one ${kind} block, not ${blocks.length}.`
  for (const { begin, body, end } of blocks) {
    if (begin !== end) return `A block starts with “BEGIN ${begin}” but ends with “END ${end}”.`
    if (!labelFits(begin, kind)) {
      return kind === 'certificate'
        ? `This is a “${begin}” block, not a certificate: paste a “-----BEGIN CERTIFICATE-----” block.`
        : `This is a “${begin}” block, not a private key: paste a “-----BEGIN … PRIVATE KEY-----” block.`
    }
    if (!isBase64(blockBody(body))) return `The ${begin} block’s body is not valid base64: it may be truncated or have stray characters.`
  }
  return null
}

function derProblem(text: string, kind: PemKind): string | null {
  const compact = text.replace(/\s+/g, '')
  if (!isBase64(compact)) {
    return `Not ${article(kind)}: paste it in PEM form (“-----BEGIN ${kind === 'certificate' ? 'CERTIFICATE' : 'PRIVATE KEY'}-----” …) or as base64-encoded DER.`
  }
  // DER certificates and keys are ASN.1 SEQUENCEs: the first byte is 0x30, i.e. base64 starting with “M”.
  if (!compact.startsWith('M')) return `This base64 does not decode to DER (an ASN.1 sequence), so it is not ${article(kind)}.`
  return null
}
