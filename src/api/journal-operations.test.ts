import { describe, expect, it } from 'vitest'
import { Database } from '../../mocks/db/database'
import { seedDatabase } from '../../mocks/seed/generate'
import { CHANGE_OPERATIONS, JOURNAL_OPERATIONS } from './journal-operations'

describe('JOURNAL_OPERATIONS', () => {
  it('names every operation the demo backend journals, under the entity it belongs to', () => {
    const db = new Database()
    seedDatabase(db, { journal: 2_000, anchor: Date.parse('2026-11-01T12:00:00Z') })
    const present = db.journal.operations()
    expect(present.length).toBeGreaterThan(5)
    for (const operation of present) {
      expect(JOURNAL_OPERATIONS.user, 'a user journal can hold anything its user did').toContain(operation)
      const [type] = operation.split('.')
      if (type === 'client' || type === 'channel') expect(JOURNAL_OPERATIONS[type]).toContain(operation)
    }
  })

  it('suggests the connections in a client journal, and no duplicates anywhere', () => {
    expect(JOURNAL_OPERATIONS.client).toEqual(
      expect.arrayContaining(['client.view', 'channel.connect', 'channel.disconnect', 'client.role.actions.ist']),
    )
    for (const list of Object.values(JOURNAL_OPERATIONS)) expect(new Set(list).size).toBe(list.length)
  })
})

describe('CHANGE_OPERATIONS', () => {
  it('keeps the writes and drops the reads and sign-ins', () => {
    expect(CHANGE_OPERATIONS.client).toEqual(
      expect.arrayContaining(['client.create', 'client.update_tags', 'client.role.members.add', 'channel.connect', 'channel.disconnect']),
    )
    for (const read of ['client.view', 'client.list', 'client.role.view_all', 'client.role.actions.ist', 'client.members.list'])
      expect(CHANGE_OPERATIONS.client).not.toContain(read)
    for (const read of ['user.refresh_token', 'user.issue_token', 'group.retrieve_group_hierarchy', 'bootstrap.client.bootstrap'])
      expect(CHANGE_OPERATIONS.user).not.toContain(read)
    expect(CHANGE_OPERATIONS.user).toEqual(expect.arrayContaining(['user.update', 'client.remove', 'bootstrap.config.update']))
  })
})
