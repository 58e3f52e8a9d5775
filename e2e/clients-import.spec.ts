import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import { expect, test } from './fixtures.ts'

test('a semicolon-separated file with shuffled headers is imported, and its created clients come back with their keys', async ({
  page,
  signIn,
}) => {
  await signIn()
  const file = ['TAGS;identity;Name;Key', 'e2e-import;gate-e2e-01;E2E Gate 1;', 'e2e-import;gate-e2e-02;E2E Gate 2;gate-e2e-key-2'].join(
    '\r\n',
  )
  await page.getByRole('button', { name: 'Create clients' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create clients from a CSV file' })
  await dialog.getByLabel('Choose a CSV file').setInputFiles({ name: 'gates.csv', mimeType: 'text/csv', buffer: Buffer.from(file) })
  await expect(dialog.getByText('Semicolon-separated. Columns: Tags, Identity, Name, Secret (key).')).toBeVisible()
  await dialog.getByRole('button', { name: 'Create 2 valid clients' }).click()
  await expect(dialog.getByText('2 clients created.')).toBeVisible()

  await expect(dialog.getByText(/holds each one’s key in clear/)).toBeVisible()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download created clients (CSV)' }).click()
  expect((await download).suggestedFilename()).toBe('gates-created-clients.csv')
  const text = (await readFile((await (await download).path())!, 'utf8')).replace(/^\ufeff/, '')
  const created = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data
  expect(created.map((c) => [c.name, c.identity])).toEqual([
    ['E2E Gate 1', 'gate-e2e-01'],
    ['E2E Gate 2', 'gate-e2e-02'],
  ])
  expect(created[1].key).toBe('gate-e2e-key-2')
  expect(created[0].key).toMatch(/^\S{8,}$/)

  // The ids and keys are the server's: the mock backend holds these very clients.
  const stored = await page.evaluate(
    (ids) => {
      type Db = { clients: { get(id: string): { name?: string; credentials?: { identity?: string; secret?: string } } | undefined } }
      const { db } = (window as unknown as { __fleetMock: { backend: { db: Db } } }).__fleetMock.backend
      return ids.map((id) => db.clients.get(id))
    },
    created.map((c) => c.id),
  )
  expect(stored.map((c) => [c?.name, c?.credentials?.identity, c?.credentials?.secret])).toEqual(
    created.map((c) => [c.name, c.identity, c.key]),
  )
})
