import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createClient, getClient } from '../../../api/clients'
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

const saved = vi.hoisted(() => [] as { text: string; filename: string }[])
vi.mock('../../../lib/download', () => ({ downloadText: (text: string, filename: string) => saved.push({ text, filename }) }))

const backend = setupTestBackend()

// jsdom lays nothing out: the preview's virtualiser would see a scroll area 0 px high and render no rows.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!
beforeAll(() => Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 }))
afterAll(() => Object.defineProperty(Element.prototype, 'clientHeight', clientHeight))

async function openWith(name: string, text: string) {
  await signInAs(OPERATOR)
  await renderInDomain(
    backend.domainId,
    [
      {
        path: '/:domainId',
        element: <ImportClientsDialog domainId={backend.domainId} open onOpenChange={() => {}} onFinished={() => {}} />,
      },
    ],
    `/${backend.domainId}`,
  )
  const dialog = await screen.findByRole('dialog', { name: 'Create clients from a CSV file' })
  await userEvent.upload(within(dialog).getByLabelText('Choose a CSV file'), new File([text], name, { type: 'text/csv' }))
  return dialog
}

const previewRows = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('table', { name: 'Rows in the file' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )

describe('ImportClientsDialog reading real-world files', () => {
  it('maps the columns of an unknown header, refusing a mapping without Name', async () => {
    const dialog = await openWith('export.csv', 'Device;Serial;Key;Site\nBoiler;SN-1;s1;Hall\nPump;SN-2;;Yard')
    const form = await within(dialog).findByRole('table', { name: 'Columns of the file' })
    expect(within(dialog).getByText(/semicolon-separated/)).toBeInTheDocument()
    const readAs = (column: string) => within(form).getByRole('combobox', { name: `Read “${column}” as` })
    expect(readAs('Key')).toHaveValue('secret')
    expect(readAs('Device')).toHaveValue('')

    await userEvent.click(within(dialog).getByRole('button', { name: 'Use these columns' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Choose the column that holds the clients’ names (Name).')
    await userEvent.selectOptions(readAs('Device'), 'Name')
    await userEvent.selectOptions(readAs('Serial'), 'Identity')
    await userEvent.selectOptions(readAs('Site'), 'Identity')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Use these columns' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Two columns are read as Identity')
    await userEvent.selectOptions(readAs('Site'), 'Ignore')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Use these columns' }))

    expect(await within(dialog).findByText('2 valid', { exact: true })).toBeInTheDocument()
    expect(within(dialog).getByText(/Semicolon-separated\. Columns: Name, Identity, Secret \(key\), Site ignored\./)).toBeInTheDocument()
    expect(previewRows(dialog).map((cells) => cells.slice(0, 3))).toEqual([
      ['2', 'Boiler', 'SN-1'],
      ['3', 'Pump', 'SN-2'],
    ])
  })

  it('reads a tab-separated file without a header row in the documented order, and maps it when row 1 was a header', async () => {
    const dialog = await openWith('plain.csv', 'Boiler\ts1\theat\nPump\t\t\t\tpump-7')
    expect(await within(dialog).findByText('2 valid', { exact: true })).toBeInTheDocument()
    expect(within(dialog).getByText(/^Tab-separated\. No header row: the columns are read in the documented order/)).toBeInTheDocument()
    expect(previewRows(dialog).map((cells) => cells.slice(0, 3))).toEqual([
      ['1', 'Boiler', '—'],
      ['2', 'Pump', 'pump-7'],
    ])
    await userEvent.click(within(dialog).getByRole('button', { name: 'Row 1 is a header: map its columns' }))
    await userEvent.selectOptions(await within(dialog).findByRole('combobox', { name: 'Read “Boiler” as' }), 'Name')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Use these columns' }))
    // Row 1 is the header now: Pump's identity lies beyond its three columns.
    expect(await within(dialog).findByText('1 with problems', { exact: true })).toBeInTheDocument()
    expect(previewRows(dialog)).toEqual([
      ['2', 'Pump', '—', 'generated', '—', '—', 'Too many columns (5; expected at most 3: quote cells that contain tabs)'],
    ])
  })

  it('marks names used twice in the file or in the domain, without blocking them', async () => {
    await signInAs(OPERATOR)
    await createClient(backend.domainId, { name: 'Cold Room Probe' })
    const dialog = await openWith('dupes.csv', 'name,identity\nCold Room Probe,p-1\nDock Gate,g-1\nDock Gate,g-2\nFan,f-1')
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('1 row has the name of an existing client'))
    expect(within(dialog).getByText('2 names used twice')).toBeInTheDocument()
    expect(previewRows(dialog).map((cells) => cells.at(-1))).toEqual([
      'Warning: A client of this name exists already',
      'OK',
      'Warning: Same name as row 3',
      'OK',
    ])
    await userEvent.click(within(dialog).getByRole('button', { name: 'Name used twice (2)' }))
    expect(previewRows(dialog).map((cells) => cells[1])).toEqual(['Cold Room Probe', 'Dock Gate'])
    expect(within(dialog).getByRole('button', { name: 'Create 4 valid clients' })).not.toHaveAttribute('aria-disabled')
  })

  it('offers the created clients with their keys, warning that the file holds secrets', async () => {
    saved.length = 0
    const dialog = await openWith('fleet.csv', 'Key;Name;Identity\n;Gate 1;gate-01\nown-key-2;Gate 2;')
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Create 2 valid clients' }))
    expect(await within(dialog).findByText(/holds each one’s key in clear/)).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Download created clients (CSV)' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0].filename).toBe('fleet-created-clients.csv')
    const [header, ...lines] = saved[0].text.split('\r\n')
    expect(header).toBe('id,name,identity,key')
    const [gate1, gate2] = lines.map((line) => line.split(','))
    const stored = await getClient(backend.domainId, gate1[0])
    expect(gate1).toEqual([stored.id, 'Gate 1', 'gate-01', stored.credentials?.secret])
    expect(stored.credentials?.secret).toMatch(/\S{8,}/)
    expect(gate2.slice(1)).toEqual(['Gate 2', '', 'own-key-2'])
  })
})
