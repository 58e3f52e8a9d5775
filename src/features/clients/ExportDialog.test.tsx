import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import Papa from 'papaparse'
import { describe, expect, it, vi } from 'vitest'
import { TEST_BASE_URL } from '../../../mocks/node'
import { downloadText } from '../../lib/download'
import { ADMIN, OPERATOR, setupTestBackend, signInAs } from '../../test/backend'
import { ExportDialog } from './ExportDialog'

vi.mock('../../lib/download', () => ({ downloadText: vi.fn() }))

const backend = setupTestBackend()

/** Exports the domain's 250 clients; the saved file's rows (header first). */
async function exportClients(options: { secrets: boolean }) {
  const user = userEvent.setup()
  const onClose = vi.fn()
  vi.mocked(downloadText).mockClear()
  render(<ExportDialog domainId={backend.domainId} params={{ status: 'all' }} total={250} onClose={onClose} />)
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
    expect(header).toEqual(['Name', 'Secret', 'Tags', 'Metadata'])
    expect(rows).toHaveLength(250)
    expect(rows.every((row) => row[1] === '')).toBe(true)
  })

  it('includes them when asked, after a warning', async () => {
    await signInAs(ADMIN)
    const user = userEvent.setup()
    render(<ExportDialog domainId={backend.domainId} params={{}} total={1} onClose={() => {}} />)
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
})
