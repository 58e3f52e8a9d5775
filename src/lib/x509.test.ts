import { describe, expect, it } from 'vitest'
import { certificateDer, pem } from '../../mocks/certs/der'
import { certificateProblem } from './pem'
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
