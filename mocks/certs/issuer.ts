import type { Cert } from '../../src/api/schemas'
import { createRandom, type Random } from '../db/random'
import { certificateDer, pem, privateKeyDer, type NameParts } from './der'

export const CA_NAME: NameParts = { commonName: 'Fleet Demo Root CA', organization: 'Abstract Machines (demo)', country: 'FR' }

/** A certificate as the mock keeps it (never with its private key). */
export type CertRecord = Cert & {
  id: string
  serial_number: string
  entity_id: string
  domain_id: string
  expiry_time: string
  common_name?: string
  /** The subject it was issued with, which a renewal copies. */
  subject?: NameParts
  ttl_ms?: number
}

const bytes = (random: Random) => (n: number) => {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push(random.int(0, 255))
  return out
}

export function serialOf(serial: number[]) {
  return serial.map((b) => b.toString(16).padStart(2, '0')).join(':')
}

/**
 * Mints a certificate and its key; `random` decides serial and key bytes. The key's bytes are drawn now
 * (so what is minted next does not depend on whether it is read) and its PEM built when read: the seed
 * mints 200 certificates and reads no key.
 */
export function mintCertificate(random: Random, subject: NameParts, notBefore: Date, notAfter: Date) {
  const serial = bytes(random)(16)
  serial[0] &= 0x7f
  const der = certificateDer({ serial, subject, issuer: CA_NAME, notBefore, notAfter, random: bytes(random) })
  // privateKeyDer takes 32 bytes, then 64.
  const keyBytes = bytes(random)(96)
  return {
    serial: serialOf(serial),
    certificate: pem('CERTIFICATE', der),
    get key() {
      let at = 0
      return pem(
        'EC PRIVATE KEY',
        privateKeyDer((n) => keyBytes.slice(at, (at += n))),
      )
    },
  }
}

const caRandom = createRandom(0xca)
export const CA_CERTIFICATE = mintCertificate(caRandom, CA_NAME, new Date('2025-01-01T00:00:00Z'), new Date('2035-01-01T00:00:00Z'))

/** "8760h" / "90m" / "30s" → milliseconds. */
export function parseTtl(ttl: string): number {
  const n = Number(ttl.slice(0, -1))
  return n * { h: 3_600_000, m: 60_000, s: 1000 }[ttl.slice(-1) as 'h' | 'm' | 's']
}
