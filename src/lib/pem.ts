const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g

export type PemBlock = { label: string; der: Uint8Array<ArrayBuffer> }

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

/** The PEM blocks in a text; null when the text holds none or a block is not valid base64. */
export function parsePem(text: string): PemBlock[] | null {
  const blocks: PemBlock[] = []
  for (const match of text.matchAll(PEM_BLOCK)) {
    const der = decodeBase64(match[2])
    // DER always starts with an ASN.1 SEQUENCE (0x30).
    if (!der || der[0] !== 0x30) return null
    blocks.push({ label: match[1], der })
  }
  return blocks.length ? blocks : null
}

/** Why a pasted certificate is not usable, or null when it is one PEM certificate (chain allowed). */
export function certificateProblem(text: string): string | null {
  if (!text.trim()) return 'Paste the client certificate (PEM)'
  const blocks = parsePem(text)
  if (!blocks) return 'Not a PEM certificate: expected -----BEGIN CERTIFICATE----- … -----END CERTIFICATE----- with base64 inside'
  if (blocks.some((b) => b.label.includes('PRIVATE KEY'))) return 'This is a private key: paste the certificate, never the key'
  if (!blocks.some((b) => b.label === 'CERTIFICATE')) return `Expected a CERTIFICATE block, found ${blocks[0].label}`
  return null
}
