import { describe, expect, it } from 'vitest'
import { journalKeys } from '../../lib/journal-keys'
import { AUDIT_DEFAULTS, auditFilters } from './audit-params'
import { LIVE_INTERVAL_MS, auditQueries, targetKey } from './queries'

const target = { kind: 'entity', domainId: 'd1', type: 'client', id: 'c1' } as const

describe('auditQueries.list', () => {
  it('polls only when auto-refresh is on', () => {
    const filters = auditFilters(AUDIT_DEFAULTS)
    expect(auditQueries.list(target, filters).refetchInterval).toBe(false)
    expect(auditQueries.list(target, filters, true).refetchInterval).toBe(LIVE_INTERVAL_MS)
  })

  it('keys every listing under the shared journal prefix, so any write can refresh them', () => {
    const key = auditQueries.list(target, auditFilters({ ...AUDIT_DEFAULTS, range: '1h' })).queryKey
    expect(key.slice(0, journalKeys.all.length)).toEqual([...journalKeys.all])
    expect(key.slice(0, 4)).toEqual([...journalKeys.entity('d1', 'client', 'c1')])
    expect(key.at(-1)).toMatchObject({ range: '1h' })
    expect(targetKey({ kind: 'user', userId: 'u1' })).toEqual([...journalKeys.user('u1')])
  })
})
