import { Cert, CertsPage, IssueCertRequest, RenewCertResponse } from '../../src/api/schemas'
import { CA_CERTIFICATE, mintCertificate, parseTtl, type CertRecord } from '../certs/issuer'
import type { NameParts } from '../certs/der'
import { createRandom } from '../db/random'
import { MockError, fail, inDomain, json, noContent, queryOf, readBody, route, type DomainCtx } from './kit'

const DEFAULT_TTL = '8760h'
/** A renewal is always valid for 30 days (`certs/service.go` certValidityPeriod), whatever the old TTL. */
const RENEWAL_TTL_MS = 30 * 86_400_000
const random = createRandom(Date.now() >>> 0)

/** The certs service has its own error encoder (`certs/api/http/common.go`): it does answer 409 for conflicts. */
const conflict = (message: string) => new MockError(409, message)

/**
 * The certs encoder has no authorization case: a refused caller falls to its default, 500, still
 * with the error's message as body.
 */
const refused = () => new MockError(500, 'failed to perform authorization over the entity')

const view = ({ id: _id, domain_id: _domain, common_name: _cn, subject: _subject, ttl_ms: _ttl, ...cert }: CertRecord) => cert

/** The PKI finds a serial whatever domain it was issued in. */
function requireCert(ctx: DomainCtx, serial: string) {
  const cert = ctx.db.certs.get(serial)
  if (!cert) throw fail.notFound()
  return cert
}

/** Revoking and deleting need the domain's `admin` permission (`certs/middleware/authorization.go`). */
function requireDomainAdmin(ctx: DomainCtx) {
  if (!ctx.db.access.isDomainAdmin(ctx.user.id, ctx.domain.id)) throw refused()
}

const base64 = (text: string) => btoa(text)

/**
 * Certs service. Issuing, renewing, listing and viewing need domain membership only (the middleware
 * checks `membership` on the domain, nothing on the entity); the entity id is not looked up.
 */
export function certHandlers() {
  return [
    route('get', '/certs/view-ca', () =>
      json(Cert, {
        serial_number: CA_CERTIFICATE.serial,
        certificate: CA_CERTIFICATE.certificate,
        revoked: false,
        expiry_time: '2035-01-01T00:00:00Z',
      }),
    ),

    route('post', '/:domainID/certs/issue/:entityID', async (c) => {
      const body = await readBody(c, IssueCertRequest)
      const ctx = inDomain(c)
      const ttl = parseTtl(body.ttl ?? DEFAULT_TTL)
      if (ttl <= 0) throw fail.badRequest('invalid ttl')
      const now = new Date()
      const subject: NameParts = {
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
        entity_id: ctx.params.entityID,
        domain_id: ctx.domain.id,
        common_name: subject.commonName,
        subject,
        ttl_ms: ttl,
      }
      ctx.db.certs.put(record)
      ctx.db.record(
        'certs.issue',
        { entity_id: record.entity_id, serial_number: minted.serial, common_name: subject.commonName },
        { userId: ctx.user.id, domainId: ctx.domain.id },
      )
      // The only answer that carries the private key: the service does not keep it.
      return json(Cert, { ...view(record), key: minted.key }, { status: 201 })
    }),

    route('get', '/:domainID/certs', (c) => {
      const ctx = inDomain(c)
      const q = queryOf(ctx.url)
      const offset = q.uint('offset', 0)
      const limit = q.limit(10)
      const entity = q.string('entity_id')
      // With `entity_id`: the serials mapped to that entity. Without: everything the PKI holds.
      const certs = ctx.db.certs
        .all()
        .filter((cert) => !entity || cert.entity_id === entity)
        .sort((a, b) => b.expiry_time.localeCompare(a.expiry_time))
      const page = certs.slice(offset, offset + limit).map(view)
      // listCertsRes: offset, limit and certificates are omitempty.
      return json(CertsPage, { total: certs.length, ...(offset ? { offset } : {}), limit, ...(page.length ? { certificates: page } : {}) })
    }),

    route('get', '/:domainID/certs/:serial', (c) => json(Cert, view(requireCert(inDomain(c), c.params.serial)))),

    route('patch', '/:domainID/certs/:serial/renew', (c) => {
      const ctx = inDomain(c)
      const old = requireCert(ctx, ctx.params.serial)
      if (old.revoked) throw fail.unauthorized('certificate has been revoked and cannot be renewed')
      // A new certificate and key for the old one's subject (`certs/pki/openbao.go` Renew issues anew).
      // The old one stays valid, and the new serial is not mapped to the entity: it is not in the
      // entity's `?entity_id=` list.
      const subject = old.subject ?? { commonName: String(old.common_name ?? old.entity_id) }
      const now = new Date()
      const expiry = new Date(now.getTime() + RENEWAL_TTL_MS)
      const minted = mintCertificate(random, subject, now, expiry)
      const record: CertRecord = {
        id: minted.serial,
        serial_number: minted.serial,
        certificate: minted.certificate,
        revoked: false,
        expiry_time: expiry.toISOString(),
        entity_id: '',
        domain_id: ctx.domain.id,
        common_name: subject.commonName,
        subject,
        ttl_ms: RENEWAL_TTL_MS,
      }
      ctx.db.certs.put(record)
      ctx.db.record(
        'certs.renew',
        { entity_id: old.entity_id, serial_number: minted.serial, renewed: old.serial_number },
        { userId: ctx.user.id, domainId: ctx.domain.id },
      )
      // renewCertRes embeds certs.Certificate itself: its PEM fields are []byte, so JSON carries them
      // base64-encoded; `entity_id` is empty and `type` is the zero CertType.
      return json(RenewCertResponse, {
        certificate: {
          serial_number: record.serial_number,
          certificate: base64(record.certificate ?? ''),
          key: base64(minted.key),
          revoked: false,
          expiry_time: record.expiry_time,
          entity_id: '',
          type: 0,
        },
      })
    }),

    route('patch', '/:domainID/certs/:serial/revoke', (c) => {
      const ctx = inDomain(c)
      requireDomainAdmin(ctx)
      const cert = requireCert(ctx, ctx.params.serial)
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
      requireDomainAdmin(ctx)
      const certs = ctx.db.certs.all().filter((cert) => cert.entity_id === ctx.params.entityID)
      // RevokeAll: every mapped serial revoked and unmapped; none mapped is ErrNotFound.
      if (!certs.length) throw fail.notFound()
      for (const cert of certs) ctx.db.certs.put({ ...cert, revoked: true, entity_id: '' })
      ctx.db.record('certs.delete', { entity_id: ctx.params.entityID }, { userId: ctx.user.id, domainId: ctx.domain.id })
      return noContent()
    }),
  ]
}
