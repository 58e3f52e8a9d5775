import { screen } from '@testing-library/react'
import * as fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { JournalEntry } from '../../api/schemas/journal'
import { ADMIN, setupTestBackend, signInAs } from '../../test/backend'
import { RUNS, settlesWithin } from '../../test/bounded'
import { renderInDomain } from '../../test/render'
import { summarize } from './entry-summary'
import { journalCsv } from './export-csv'
import { JournalDetailsDialog } from './JournalDetailsDialog'
import { MASKED, maskEntry } from './mask-secrets'

/** What a live journal may hold: a bootstrap event with the device's private key, a client's secret in metadata. */
const BOOTSTRAP_EVENT: JournalEntry = {
  operation: 'bootstrap.config.create',
  occurred_at: '2026-11-01T10:00:00Z',
  attributes: {
    external_id: 'gw-01',
    external_key: 'ext-key-123',
    client_key: '-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----',
    client_cert: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
    nested: [{ credentials: { secret: 's3cret', identity: 'pump-7' }, access_token: 'eyJ…' }],
    keyboard: 'layout',
  },
  metadata: { password: 'hunter2', site: 'lab' },
}

const backend = setupTestBackend()

const CLEAR_VALUES = ['ext-key-123', 'MHcC', 's3cret', 'eyJ…', 'hunter2']

describe('maskEntry', () => {
  it('masks secrets, keys, passwords and tokens at any depth, and keeps the rest', () => {
    const masked = maskEntry(BOOTSTRAP_EVENT)
    expect(masked.attributes).toEqual({
      external_id: 'gw-01',
      external_key: MASKED,
      client_key: MASKED,
      client_cert: BOOTSTRAP_EVENT.attributes!.client_cert,
      nested: [{ credentials: { secret: MASKED, identity: 'pump-7' }, access_token: MASKED }],
      keyboard: 'layout',
    })
    expect(masked.metadata).toEqual({ password: MASKED, site: 'lab' })
  })

  it('is what the details dialog shows and copies', async () => {
    await signInAs(ADMIN)
    await renderInDomain(
      backend.domainId,
      [{ path: '/', element: <JournalDetailsDialog entry={BOOTSTRAP_EVENT} onClose={() => {}} /> }],
      '/',
    )
    const payload = await screen.findByRole('region', { name: 'Payload JSON' })
    expect(payload).toHaveTextContent('"external_key": "••••••"')
    for (const value of CLEAR_VALUES) expect(payload.textContent).not.toContain(value)
  })

  it('is what the CSV export writes', async () => {
    const csv = await journalCsv([BOOTSTRAP_EVENT], () => undefined)
    for (const value of CLEAR_VALUES) expect(csv).not.toContain(value)
    const [, row] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data
    expect(JSON.parse(row[6]).client_key).toBe(MASKED)
  })
})

describe('journal attributes on generated input', () => {
  const deep = fc
    .tuple(fc.integer({ min: 1, max: 5_000 }), fc.boolean())
    .map(([depth, arrays]) => JSON.parse(arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)))
  const attributes = fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.jsonValue({ maxDepth: 6 }), deep), { maxKeys: 8 })

  it('summarises, masks and exports any attributes without throwing, however deep', async () => {
    await fc.assert(
      fc.asyncProperty(attributes, fc.option(attributes, { nil: undefined }), async (attrs, metadata) => {
        const entry: JournalEntry = { operation: 'client.update', occurred_at: '2026-11-01T10:00:00Z', attributes: attrs, metadata }
        expect(typeof (await settlesWithin(250, () => summarize(entry)))).toBe('string')
        const masked = await settlesWithin(250, () => maskEntry(entry))
        expect(() => JSON.stringify(masked)).not.toThrow()
        expect(typeof (await settlesWithin(500, () => journalCsv([entry], () => undefined)))).toBe('string')
      }),
      RUNS,
    )
  })
})
