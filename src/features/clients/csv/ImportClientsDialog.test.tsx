import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { listClients } from '../../../api/clients'
import { OPERATOR, setupTestBackend, signInAs } from '../../../test/backend'
import { renderInDomain } from '../../../test/render'
import type { ImportRow } from './client-csv'
import { ImportClientsDialog } from './ImportClientsDialog'
import { parseCsvText, type ReadOptions } from './parse-csv'

// jsdom has no module workers: the file is parsed here, by the same code the worker runs.
vi.mock('./read-csv-file', () => ({
  readCsvFile: async (file: File, domainId: string, options: ReadOptions) => {
    const rows: ImportRow[] = []
    const result = parseCsvText(await file.text(), domainId, (chunk) => rows.push(...chunk), options)
    return result.ok ? { ...result, rows } : result
  },
}))

const backend = setupTestBackend()

/** A cancelable `beforeunload`, as the browser sends when the tab closes: whether the page asked to stay. */
function closingTabAsks() {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}

describe('ImportClientsDialog while clients are being created', () => {
  it('asks before the tab closes or the page changes, and leaving stops the import', async () => {
    await signInAs(OPERATOR)
    const user = userEvent.setup()
    const { router } = await renderInDomain(
      backend.domainId,
      [
        {
          path: '/:domainId/clients',
          element: <ImportClientsDialog domainId={backend.domainId} open onOpenChange={() => {}} onFinished={() => {}} />,
        },
        { path: '/:domainId/channels', element: <p>Channels page</p> },
      ],
      `/${backend.domainId}/clients`,
    )
    const dialog = await screen.findByRole('dialog', { name: 'Create clients from a CSV file' })
    const lines = ['Name', ...Array.from({ length: 600 }, (_, i) => `Leaving ${i}`)].join('\n')
    await user.upload(within(dialog).getByLabelText('Choose a CSV file'), new File([lines], 'leaving.csv', { type: 'text/csv' }))
    const create = await within(dialog).findByRole('button', { name: 'Create 600 valid clients' })
    await waitFor(() => expect(create).not.toHaveAttribute('aria-disabled'))
    expect(closingTabAsks()).toBe(false)

    let batches = 0
    backend.server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/clients/bulk')) batches++
    })
    backend.faults.set({ latencyMs: 1_000, match: '/clients/bulk' })
    await user.click(create)
    expect(await within(dialog).findByText(/^Created \d+ of 600/)).toBeInTheDocument()
    expect(closingTabAsks()).toBe(true)

    void router.navigate(`/${backend.domainId}/channels`)
    const leave = await screen.findByRole('alertdialog', { name: 'Leave while clients are being created?' })
    await user.click(within(leave).getByRole('button', { name: 'Stop and leave' }))
    expect(await screen.findByText('Channels page')).toBeInTheDocument()
    expect(closingTabAsks()).toBe(false)

    const sent = batches
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(batches, 'no batch sent after leaving').toBe(sent)
    const { total } = await listClients(backend.domainId, { name: 'Leaving', status: 'all', limit: 1 })
    expect(total).toBeLessThan(600)
  })
})
