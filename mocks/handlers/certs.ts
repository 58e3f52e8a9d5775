import { IssueCertRequest } from '../../src/api/schemas'
import { CA_CERTIFICATE, mintCertificate, parseTtl, type CertRecord } from '../certs/issuer'
import { createRandom } from '../db/random'
import { MockError, fail, inDomain, json, noContent, queryOf, readBody, route, type DomainCtx } from './kit'
import { requireClient } from './clients'

const DEFAULT_TTL = '8760h'
const random = createRandom(Date.now() >>> 0)

/** The certs service has its own error encoder: it does answer 409 for conflicts. */
const conflict = (message: string) => new MockError(409, message)

const view = ({ id: _id, domain_id: _domain, common_name: _cn, ttl_ms: _ttl, ...cert }: CertRecord) => cert

function requireCert(ctx: DomainCtx, serial: string) {
  const cert = ctx.db.certs.get(serial)
  if (!cert || cert.domain_id !== ctx.domain.id) throw fail.notFound()
  return cert
}

/** Certs service: issue, list, renew, revoke client certificates; the demo CA. */
export function certHandlers() {
  return [
    route('get', '/certs/view-ca', () =>
      json({
        serial_number: CA_CERTIFICATE.serial,
        certificate: CA_CERTIFICATE.certificate,
        revoked: false,
        expiry_time: '2035-01-01T00:00:00Z',
      }),
    ),

    route('post', '/:domainID/certs/issue/:entityID', async (c) => {
      const body = await readBody(c, IssueCertRequest)
      const ctx = inDomain(c)
      const client = requireClient({ ...ctx, params: { ...ctx.params, clientID: ctx.params.entityID } }, 'update')
      const ttl = parseTtl(body.ttl ?? DEFAULT_TTL)
      if (ttl <= 0) throw fail.badRequest('invalid ttl')
      const now = new Date()
      const subject = {
        commonName: body.options.common_name,
        organization: body.options.organization?.[0],
        organizationalUnit: body.options.organizational_unit?.[0],
        country: body.options.country?.[0],
      }
      const minted = mintCertificate(random, subject, now, new Date(now.getTime() + ttl))
      const record: CertRecord = {
        id: minted.serial,
        serial_number: minted.serial,
        certificate: minted.certificate,
        revoked: false,
        expiry_time: new Date(now.getTime() + ttl).toISOString(),
        entity_id: client.id,
        domain_id: ctx.domain.id,
        common_name: subject.commonName,
        ttl_ms: ttl,
      }
      ctx.db.certs.put(record)
      ctx.db.record(
        'certs.issue',
        { entity_id: client.id, serial_number: minted.serial, common_name: subject.commonName },
        { userId: ctx.user.id, domainId: ctx.domain.id },
      )
      // The only answer that carries the private key: the service does not keep it.
      return json({ ...view(record), key: minted.key }, 201)
    }),

    route('get', '/:domainID/certs', (c) => {
      const ctx = inDomain(c)
      const q = queryOf(ctx.url)
      const offset = q.uint('offset', 0)
      const limit = q.limit(10)
      const entity = q.string('entity_id')
      const readable = ctx.db.access.readableIds(ctx.user.id, ctx.domain.id, 'client')
      const certs = ctx.db.certs
        .all()
        .filter(
          (cert) =>
            cert.domain_id === ctx.domain.id && (!entity || cert.entity_id === entity) && (!readable || readable.has(cert.entity_id)),
        )
        .sort((a, b) => b.expiry_time.localeCompare(a.expiry_time))
      return json({ total: certs.length, offset, limit, certificates: certs.slice(offset, offset + limit).map(view) })
    }),

    route('get', '/:domainID/certs/:serial', (c) => json(view(requireCert(inDomain(c), c.params.serial)))),

    route('patch', '/:domainID/certs/:serial/renew', (c) => {
      const ctx = inDomain(c)
      const old = requireCert(ctx, ctx.params.serial)
      requireClient({ ...ctx, params: { ...ctx.params, clientID: old.entity_id } }, 'update')
      if (old.revoked) throw fail.unauthorized('certificate revoked')
      const ttl = Number(old.ttl_ms) || parseTtl(DEFAULT_TTL)
      const now = new Date()
      const minted = mintCertificate(random, { commonName: String(old.common_name ?? old.entity_id) }, now, new Date(now.getTime() + ttl))
      const record: CertRecord = {
        ...old,
        id: minted.serial,
        serial_number: minted.serial,
        certificate: minted.certificate,
        expiry_time: new Date(now.getTime() + ttl).toISOString(),
      }
      ctx.db.certs.put(record)
      ctx.db.record(
        'certs.renew',
        { entity_id: old.entity_id, serial_number: minted.serial, renewed: old.serial_number },
        { userId: ctx.user.id, domainId: ctx.domain.id },
      )
      return json({ certificate: view(record) })
    }),

    route('patch', '/:domainID/certs/:serial/revoke', (c) => {
      const ctx = inDomain(c)
      const cert = requireCert(ctx, ctx.params.serial)
      requireClient({ ...ctx, params: { ...ctx.params, clientID: cert.entity_id } }, 'update')
      if (cert.revoked) throw conflict('certificate already revoked')
      ctx.db.certs.put({ ...cert, revoked: true })
      ctx.db.record(
        'certs.revoke',
        { entity_id: cert.entity_id, serial_number: cert.serial_number },
        { userId: ctx.user.id, domainId: ctx.domain.id },
      )
      return noContent()
    }),

    route('delete', '/:domainID/certs/:entityID/delete', (c) => {
      const ctx = inDomain(c)
      requireClient({ ...ctx, params: { ...ctx.params, clientID: ctx.params.entityID } }, 'update')
      for (const cert of ctx.db.certs.all()) if (cert.entity_id === ctx.params.entityID) ctx.db.certs.remove(cert.id)
      ctx.db.record('certs.delete', { entity_id: ctx.params.entityID }, { userId: ctx.user.id, domainId: ctx.domain.id })
      return noContent()
    }),
  ]
}
