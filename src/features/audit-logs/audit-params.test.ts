import { describe, expect, it } from 'vitest'
import { AUDIT_DEFAULTS, auditFilters, fromLocalInput, hasAuditFilters, resolveRange, toJournalParams, toLocalInput } from './audit-params'

const NOW = Date.parse('2026-11-01T12:00:30Z')
const NOW_S = Math.floor(NOW / 1000)
const filters = (patch: Partial<typeof AUDIT_DEFAULTS> = {}) => auditFilters({ ...AUDIT_DEFAULTS, ...patch })

describe('journal filters', () => {
  it('asks for the newest 10 entries with their attributes and metadata by default', () => {
    expect(toJournalParams(filters(), NOW)).toEqual({ offset: 0, limit: 10, dir: 'desc', with_attributes: true, with_metadata: true })
  })

  it('sends the operation as typed, the page as an offset, and the order', () => {
    expect(toJournalParams(filters({ op: 'client.update', page: 3, size: 5, dir: 'asc' }), NOW)).toMatchObject({
      operation: 'client.update',
      offset: 10,
      limit: 5,
      dir: 'asc',
    })
  })

  it('turns presets into a start in Unix seconds, counted back from now, with an open end', () => {
    expect(resolveRange(filters({ range: '1h' }), NOW)).toEqual({ from: NOW_S - 3600 })
    expect(resolveRange(filters({ range: '24h' }), NOW)).toEqual({ from: NOW_S - 86_400 })
    expect(resolveRange(filters({ range: '7d' }), NOW)).toEqual({ from: NOW_S - 7 * 86_400 })
    expect(resolveRange(filters({ range: 'all', from: 5, to: 9 }), NOW)).toEqual({})
  })

  it('passes a custom range through, leaving unset ends out', () => {
    expect(resolveRange(filters({ range: 'custom', from: 100, to: 200 }), NOW)).toEqual({ from: 100, to: 200 })
    expect(toJournalParams(filters({ range: 'custom', from: 100 }), NOW)).toMatchObject({ from: 100, to: undefined })
  })

  it('counts only the operation and the range as filters (order and page are not)', () => {
    expect(hasAuditFilters(filters({ dir: 'asc', page: 4 }))).toBe(false)
    expect(hasAuditFilters(filters({ op: 'client.view' }))).toBe(true)
    expect(hasAuditFilters(filters({ range: '1h' }))).toBe(true)
  })

  it('reads datetime-local values as local time; an end covers its whole minute', () => {
    const start = fromLocalInput('2026-03-04T05:06', 'start')
    expect(new Date(start * 1000)).toEqual(new Date(2026, 2, 4, 5, 6, 0))
    expect(fromLocalInput('2026-03-04T05:06', 'end')).toBe(start + 59)
    expect(toLocalInput(start)).toBe('2026-03-04T05:06')
    expect(toLocalInput(start + 59)).toBe('2026-03-04T05:06')
    expect(fromLocalInput('', 'start')).toBe(0)
    expect(toLocalInput(0)).toBe('')
  })
})
