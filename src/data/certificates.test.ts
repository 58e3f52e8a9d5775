import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN, setupTestBackend, signInAs } from '../test/backend'
import { DOMAIN_CERTS_MAX, DOMAIN_CERTS_PAGE, certQueries } from './certificates'

const backend = setupTestBackend()

/** Offsets of the certificate-list requests (no entity_id) the mock receives. */
function domainListOffsets() {
  const offsets: string[] = []
  backend.server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.pathname.endsWith('/certs') && !url.searchParams.has('entity_id')) offsets.push(url.searchParams.get('offset') ?? '')
  })
  return offsets
}

afterEach(() => backend.server.events.removeAllListeners('request:start'))

/** Certificates for clients that are not on any page, so the domain holds `count` more. */
function addCertificates(count: number) {
  for (let i = 0; i < count; i++) {
    const serial = `bench-${i.toString(16).padStart(6, '0')}`
    backend.db.certs.put({
      id: serial,
      serial_number: serial,
      revoked: false,
      expiry_time: '2030-01-01T00:00:00.000Z',
      entity_id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      domain_id: backend.domainId,
    })
  }
}

describe("the domain's certificates by client", () => {
  it('reads every page of the list and files each certificate under its client', async () => {
    await signInAs(ADMIN)
    addCertificates(DOMAIN_CERTS_PAGE + 50)
    const certificates = backend.db.certs.all().filter((cert) => cert.domain_id === backend.domainId)
    expect(certificates.length).toBeGreaterThan(DOMAIN_CERTS_PAGE)
    expect(certificates.length).toBeLessThanOrEqual(2 * DOMAIN_CERTS_PAGE)
    const offsets = domainListOffsets()

    const byClient = await new QueryClient().fetchQuery(certQueries.byClient(backend.domainId))
    expect(offsets.sort()).toEqual(['0', '100'])
    expect(byClient).not.toBeNull()
    const filed = [...byClient!.values()].flat()
    expect(filed).toHaveLength(certificates.length)
    for (const cert of certificates) expect(byClient!.get(cert.entity_id)?.map((c) => c.serial_number)).toContain(cert.serial_number)
  })

  it('gives up after the first page when the domain has more than it lists', async () => {
    await signInAs(ADMIN)
    addCertificates(DOMAIN_CERTS_MAX)
    const offsets = domainListOffsets()
    expect(await new QueryClient().fetchQuery(certQueries.byClient(backend.domainId))).toBeNull()
    expect(offsets).toEqual(['0'])
  })
})
