import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import Papa from 'papaparse'
import { describe, expect, it, vi } from 'vitest'
import { TEST_BASE_URL } from '../../../mocks/node'
import { downloadText } from '../../lib/download'
import { listCerts } from '../../api/certs'
import { listClients } from '../../api/clients'
import { authMethodOf } from '../../lib/auth-method'
import { getGroup } from '../../api/groups'
import { getClientTelemetry } from '../../api/telemetry'
import { ADMIN, OPERATOR, setupTestBackend, signInAs } from '../../test/backend'
import { testQueryClient } from '../../test/render'
import { ExportDialog } from './ExportDialog'

vi.mock('../../lib/download', () => ({ downloadText: vi.fn() }))

const backend = setupTestBackend()

const renderWithQueryClient = (ui: React.ReactNode) => render(<QueryClientProvider client={testQueryClient()}>{ui}</QueryClientProvider>)

/** Exports the domain's 250 clients; the saved file's rows (header first). */
async function exportClients(options: { secrets: boolean }) {
  const user = userEvent.setup()
  const onClose = vi.fn()
  vi.mocked(downloadText).mockClear()
  renderWithQueryClient(<ExportDialog domainId={backend.domainId} params={{ status: 'all' }} total={250} onClose={onClose} />)
  const include = screen.getByRole('checkbox', { name: 'Include client secrets' })
  expect(include).not.toBeChecked()
  if (options.secrets) await user.click(include)
  await user.click(screen.getByRole('button', { name: 'Export' }))
  await vi.waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 10_000 })
  return Papa.parse<string[]>(vi.mocked(downloadText).mock.calls[0][0]).data
}

describe('ExportDialog', () => {
  it('leaves secrets out by default', async () => {
    await signInAs(ADMIN)
    const [header, ...rows] = await exportClients({ secrets: false })
    expect(header).toEqual(['Name', 'Secret', 'Tags', 'Metadata', 'Identity'])
    expect(rows).toHaveLength(250)
    expect(rows.every((row) => row[1] === '')).toBe(true)
  })

  it('includes them when asked, after a warning', async () => {
    await signInAs(ADMIN)
    const user = userEvent.setup()
    renderWithQueryClient(<ExportDialog domainId={backend.domainId} params={{}} total={1} onClose={() => {}} />)
    await user.click(screen.getByRole('checkbox', { name: 'Include client secrets' }))
    expect(screen.getByRole('alert')).toHaveTextContent(/every client's secret in clear/)
    expect(screen.getByRole('checkbox', { name: 'Include client secrets' })).toHaveAccessibleDescription(/secret in clear/)
  })

  it('writes the secrets when included, and a page that fails once is retried, not the whole export lost', async () => {
    // A domain member: the list carries secrets for members (not for super-admins).
    await signInAs(OPERATOR)
    let failures = 0
    backend.server.use(
      http.get(`${TEST_BASE_URL}/:domainID/clients`, ({ request }) => {
        if (new URL(request.url).searchParams.get('offset') !== '100' || failures++) return undefined
        return new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } })
      }),
    )
    const [, ...rows] = await exportClients({ secrets: true })
    expect(failures).toBe(2)
    expect(rows).toHaveLength(250)
    expect(rows.every((row) => row[1] !== '')).toBe(true)
  })

  it('exports an inventory of the selection, times in ISO 8601, last seen and authentication from the list’s sources', async () => {
    await signInAs(ADMIN)
    const user = userEvent.setup()
    const onClose = vi.fn()
    vi.mocked(downloadText).mockClear()
    const picked = (await listClients(backend.domainId, { status: 'all', limit: 3, offset: 10 })).clients
    const target = { ids: picked.map((c) => c.id), known: new Map(picked.map((c) => [c.id, c])) }
    renderWithQueryClient(
      <ExportDialog
        domainId={backend.domainId}
        params={{ status: 'all' }}
        total={250}
        selection={{ target, count: 3 }}
        onClose={onClose}
      />,
    )
    expect(screen.getByRole('radio', { name: 'The selection (3 clients)' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: /^Inventory/ }))
    expect(screen.queryByRole('checkbox', { name: 'Include client secrets' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 10_000 })
    const [text, filename] = vi.mocked(downloadText).mock.calls[0]
    expect(filename).toMatch(/^clients-inventory-\d{4}-\d{2}-\d{2}\.csv$/)
    const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data
    expect(header).toEqual([
      'ID',
      'Name',
      'Identity',
      'Status',
      'Tags',
      'Metadata',
      'Parent group',
      'Parent group ID',
      'Created',
      'Last seen',
      'Authentication',
    ])
    expect(rows.map((row) => row[0])).toEqual(picked.map((c) => c.id))
    for (const [i, client] of picked.entries()) {
      const row = rows[i]
      expect(row[3]).toBe(client.status)
      expect(row[6]).toBe(client.parent_group_id ? (await getGroup(backend.domainId, client.parent_group_id)).name : '')
      expect(row[7]).toBe(client.parent_group_id ?? '')
      expect(row[8]).toBe(new Date(client.created_at).toISOString())
      const lastSeen = (await getClientTelemetry(backend.domainId, client.id))?.last_seen
      // The simulated telemetry of a client online now says "now": read twice, a few ms apart.
      if (lastSeen) {
        expect(row[9]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
        expect(Math.abs(Date.parse(row[9]) - Date.parse(lastSeen))).toBeLessThan(5000)
      } else expect(row[9]).toBe('')
      expect(row[10]).toBe(authMethodOf(client, (await listCerts(backend.domainId, { entity_id: client.id })).certificates))
    }
    expect(rows.some((row) => row[9] !== '')).toBe(true)
    expect(
      rows.some((row) => row[6] !== ''),
      'a picked client has a parent group',
    ).toBe(true)
  })
})
