import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { certificateDer, pem } from '../../mocks/certs/der'
import { RUNS, settlesWithin } from '../test/bounded'
import { MAX_PEM_CHARS, certificateProblem, parsePem } from './pem'
import { inspectCertificate } from './x509'

let counter = 1
const random = (n: number) => Array.from({ length: n }, () => (counter = (counter * 73 + 41) % 251))

function makePem(notAfter: Date, commonName = 'pump-07') {
  return pem(
    'CERTIFICATE',
    certificateDer({
      serial: [0x4a, 0x3f, 0x5e, 0x2c],
      subject: { commonName, organization: 'Acme' },
      issuer: { commonName: 'Fleet Demo CA' },
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter,
      random,
    }),
  )
}

describe('inspectCertificate', () => {
  it('reads subject, issuer, validity, serial and a SHA-256 fingerprint', async () => {
    const info = await inspectCertificate(makePem(new Date('2027-01-01T12:30:00Z')))
    expect(info).toMatchObject({ subjectCN: 'pump-07', issuerCN: 'Fleet Demo CA', serial: '4a:3f:5e:2c' })
    expect(info!.notBefore.toISOString()).toBe('2026-01-01T00:00:00.000Z')
    expect(info!.notAfter.toISOString()).toBe('2027-01-01T12:30:00.000Z')
    expect(info!.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
  })

  it('reads dates after 2049 (GeneralizedTime) and UTF-8 names', async () => {
    const info = await inspectCertificate(makePem(new Date('2051-06-01T00:00:00Z'), 'Capteur №7 — Kühlraum'))
    expect(info!.notAfter.getUTCFullYear()).toBe(2051)
    expect(info!.subjectCN).toBe('Capteur №7 — Kühlraum')
  })

  it('answers null for text that is not a certificate', async () => {
    expect(await inspectCertificate('hello')).toBeNull()
    expect(await inspectCertificate('-----BEGIN CERTIFICATE-----\nMAMCAQA=\n-----END CERTIFICATE-----')).toBeNull()
  })
})

describe('certificateProblem', () => {
  it('accepts a certificate and refuses a private key or garbage', () => {
    expect(certificateProblem(makePem(new Date('2030-01-01')))).toBeNull()
    expect(certificateProblem('-----BEGIN EC PRIVATE KEY-----\nMAMCAQA=\n-----END EC PRIVATE KEY-----')).toMatch(/private key/)
    expect(certificateProblem('-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----')).toMatch(/Not a PEM certificate/)
  })
})

const wrap = (der: Uint8Array) => pem('CERTIFICATE', der)
const VALID = Uint8Array.from(
  certificateDer({
    serial: [1, 2, 3],
    subject: { commonName: 'pump-07', organization: 'Acme' },
    issuer: { commonName: 'Fleet Demo CA' },
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2027-01-01T00:00:00Z'),
    random,
  }),
)

/** A certificate's reading, or null: any other answer (a throw, an unprintable date) would break the page. */
async function inspectSafely(text: string) {
  const info = await settlesWithin(1_000, () => inspectCertificate(text))
  if (info) for (const date of [info.notBefore, info.notAfter]) expect(Number.isNaN(date.getTime())).toBe(false)
  return info
}

describe('inspectCertificate on hostile bytes', () => {
  it('refuses a length whose high bit is set (it read as negative and looped forever), quickly', async () => {
    // SEQUENCE { SEQUENCE with a 4-byte length 0xfffffffa } — -6 as a signed 32-bit number: the child "ends" where it starts.
    const crafted = Uint8Array.from([0x30, 0x0a, 0x30, 0x84, 0xff, 0xff, 0xff, 0xfa, 0, 0, 0, 0])
    expect(await inspectSafely(wrap(crafted))).toBeNull()
  })

  it('settles on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2_048 }), async (bytes) => {
        await inspectSafely(wrap(Uint8Array.from([0x30, ...bytes])))
      }),
      RUNS,
    )
  })

  it('settles on every truncation of a valid certificate, and reads none of them', async () => {
    for (let length = 1; length < VALID.length; length++) expect(await inspectSafely(wrap(VALID.subarray(0, length)))).toBeNull()
    expect(await inspectSafely(wrap(VALID))).toMatchObject({ subjectCN: 'pump-07' })
  })

  it('settles on mutations of a valid certificate, long-form lengths written anywhere included', async () => {
    const mutation = fc.oneof(
      fc.record({ at: fc.nat(VALID.length - 1), bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }) }),
      fc.record({
        at: fc.nat(VALID.length - 1),
        bytes: fc.uint8Array({ minLength: 4, maxLength: 4 }).map((b) => Uint8Array.of(0x84, ...b)),
      }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (mutations) => {
        const der = VALID.slice()
        for (const { at, bytes } of mutations) der.set(bytes.subarray(0, der.length - at), at)
        await inspectSafely(wrap(der))
      }),
      RUNS,
    )
  })
})

describe('PEM text on hostile input', () => {
  it('reads BEGIN lines without END lines in linear time (a lazy regular expression took quadratic time)', async () => {
    const text = '-----BEGIN CERTIFICATE-----\n'.repeat(MAX_PEM_CHARS / 28)
    expect(await settlesWithin(250, () => parsePem(text))).toBeNull()
    expect(await settlesWithin(250, () => certificateProblem(text))).toMatch(/Not a PEM certificate/)
    expect(await settlesWithin(250, () => inspectCertificate(text))).toBeNull()
  })

  it('refuses text longer than any certificate chain before reading it', () => {
    expect(certificateProblem(`${makePem(new Date('2030-01-01'))}\n${' '.repeat(MAX_PEM_CHARS)}`)).toMatch(/too long for a certificate/)
  })

  it('settles on arbitrary text built from PEM pieces', async () => {
    const piece = fc.constantFrom(
      '-----BEGIN CERTIFICATE-----',
      '-----END CERTIFICATE-----',
      '-----BEGIN ',
      '-----',
      'MIIB',
      '====',
      '\n',
      ' ',
    )
    const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 200 }).map((parts) => parts.join(''))
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const problem = await settlesWithin(250, () => certificateProblem(value))
        expect(problem === null || typeof problem === 'string').toBe(true)
        await inspectSafely(value)
      }),
      RUNS,
    )
  })
})
