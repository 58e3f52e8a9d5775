import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEMO_CA_CERT, DEMO_DEVICE_CERTS } from '../../mocks/seed/certs'
import { RUNS, settlesWithin } from '../test/bounded'
import { certificateProblem } from './certificates'
import { MAX_PEM_CHARS } from './pem'

const body = (pem: string) => pem.split('\n').slice(1, -1).join('\n')
const KEY_BODY = 'MHcCAQEEIBlCJGS0qWzmdGZ1ZFdVaXFybXNwbGFjZWhvbGRlcmtleW1hdGVyaWFsoAoGCCqGSM49AwEH'
const KEY = `-----BEGIN EC PRIVATE KEY-----\n${KEY_BODY}\n-----END EC PRIVATE KEY-----`

describe('certificateProblem', () => {
  it('accepts empty input (every field is optional)', () => {
    expect(certificateProblem('  \n', 'certificate')).toBeNull()
  })

  it('accepts PEM certificates, a chain, and keys of any PRIVATE KEY label', () => {
    expect(certificateProblem(DEMO_DEVICE_CERTS[0], 'certificate')).toBeNull()
    expect(certificateProblem(`${DEMO_DEVICE_CERTS[0]}\n${DEMO_CA_CERT}\n`, 'certificate')).toBeNull()
    expect(certificateProblem(KEY, 'private key')).toBeNull()
    expect(certificateProblem(KEY.replaceAll('EC PRIVATE KEY', 'PRIVATE KEY'), 'private key')).toBeNull()
  })

  it('accepts base64 DER, with or without line breaks', () => {
    expect(certificateProblem(body(DEMO_CA_CERT), 'certificate')).toBeNull()
    expect(certificateProblem(body(DEMO_CA_CERT).replace(/\n/g, ''), 'certificate')).toBeNull()
    expect(certificateProblem(KEY_BODY, 'private key')).toBeNull()
  })

  it('explains a truncated block', () => {
    const cut = DEMO_CA_CERT.split('\n').slice(0, -1).join('\n')
    expect(certificateProblem(cut, 'certificate')).toMatch(/no matching “-----END CERTIFICATE-----” line/)
  })

  it('explains a key pasted into a certificate field, and the other way round', () => {
    expect(certificateProblem(KEY, 'certificate')).toMatch(/“EC PRIVATE KEY” block, not a certificate/)
    expect(certificateProblem(DEMO_CA_CERT, 'private key')).toMatch(/“CERTIFICATE” block, not a private key/)
  })

  it('explains a damaged body, stray text and mismatched labels', () => {
    expect(certificateProblem(DEMO_CA_CERT.replace('MIIB', 'MI*B'), 'certificate')).toMatch(/not valid base64/)
    expect(certificateProblem(`subject=CN=x\n${DEMO_CA_CERT}`, 'certificate')).toMatch(/text outside the PEM blocks/)
    expect(certificateProblem(DEMO_CA_CERT.replace('END CERTIFICATE', 'END X509 CRL'), 'certificate')).toMatch(/ends with “END X509 CRL”/)
  })

  it('refuses a second key block', () => {
    expect(certificateProblem(`${KEY}\n${KEY}`, 'private key')).toBe('Paste one private key block, not 2.')
  })

  it('refuses text that is neither PEM nor DER', () => {
    expect(certificateProblem('my certificate', 'certificate')).toMatch(/^Not a certificate: paste it in PEM form/)
    expect(certificateProblem('aGVsbG8gd29ybGQh', 'certificate')).toMatch(/does not decode to DER/)
  })
})

describe('certificateProblem on hostile input', () => {
  const kinds = ['certificate', 'private key'] as const

  it('answers in linear time on BEGIN lines without END lines, and refuses text longer than any chain', async () => {
    const text = '-----BEGIN CERTIFICATE-----\n'.repeat(MAX_PEM_CHARS / 28 - 1)
    expect(await settlesWithin(250, () => certificateProblem(text, 'certificate'))).toMatch(/no matching “-----END CERTIFICATE-----”/)
    expect(certificateProblem(`${DEMO_CA_CERT}\n${' '.repeat(MAX_PEM_CHARS)}x`, 'certificate')).toMatch(/too long for a certificate/)
  })

  it('settles with a message or null on truncations and mutations of a certificate and on arbitrary text', async () => {
    const mutated = fc
      .tuple(fc.nat(DEMO_CA_CERT.length), fc.nat(DEMO_CA_CERT.length), fc.string({ maxLength: 30 }))
      .map(([from, to, text]) => DEMO_CA_CERT.slice(0, Math.min(from, to)) + text + DEMO_CA_CERT.slice(Math.max(from, to)))
    const input = fc.oneof(mutated, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }))
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom(...kinds), async (text, kind) => {
        const problem = await settlesWithin(250, () => certificateProblem(text, kind))
        expect(problem === null || (typeof problem === 'string' && problem.length > 0)).toBe(true)
      }),
      RUNS,
    )
  })
})
