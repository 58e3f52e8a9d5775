import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router-dom'
import { describe, expect, it, vi } from 'vitest'
import { DataTable, type DataTableColumn, type TableSort } from './DataTable'
import { createdColumn, idColumn, nameLinkColumn, statusColumn, tagsColumn } from './table-columns'

type Thing = { id: string; name?: string; tags?: string[]; status: string; created_at: string }

const thingName = (thing: Thing) => thing.name || 'Unnamed thing'

const THINGS: Thing[] = [
  {
    id: '0b5e1f5c-4c1a-4c55-9d53-6f0f1b0c9a11',
    name: 'Boiler <b>7</b>',
    tags: ['hall'],
    status: 'enabled',
    created_at: '2024-01-02T03:04:05Z',
  },
  { id: '7d1c2a9e-1111-4bbb-8ccc-000000000002', status: 'disabled', created_at: '2024-01-01T00:00:00Z' },
]

function renderTable(columns: DataTableColumn<Thing>[], onSortChange: (sort: TableSort) => void = () => {}) {
  render(
    <MemoryRouter>
      <DataTable label="Things" columns={columns} rows={THINGS} getRowId={(thing) => thing.id} onSortChange={onSortChange} />
    </MemoryRouter>,
  )
  return screen.getByRole('table', { name: 'Things' })
}

describe('shared table columns', () => {
  it('render the name as a link, the short ID with its copy button, tags, status and creation time', () => {
    const table = renderTable([
      nameLinkColumn<Thing>({ name: thingName, href: (thing) => `/things/${thing.id}` }),
      idColumn<Thing>('Copy thing ID'),
      tagsColumn<Thing>(),
      statusColumn<Thing>(),
      createdColumn<Thing>(),
    ])
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Name', 'ID', 'Tags', 'Status', 'Created'])

    const [first, second] = within(table).getAllByRole('row').slice(1)
    const link = within(first).getByRole('link', { name: 'Boiler <b>7</b>' })
    expect(link).toHaveAttribute('href', `/things/${THINGS[0].id}`)
    expect(link).toHaveAttribute('title', 'Boiler <b>7</b>')
    expect(within(second).getByRole('link', { name: 'Unnamed thing' })).toHaveAttribute('href', `/things/${THINGS[1].id}`)
    expect(within(first).getAllByRole('button', { name: 'Copy thing ID' })).toHaveLength(1)
    expect(within(first).getByText('hall')).toBeInTheDocument()
    expect(within(first).getByText('Enabled')).toBeInTheDocument()
    expect(within(second).getByText('Disabled')).toBeInTheDocument()
    expect(first.querySelector('time')).toHaveAttribute('datetime', THINGS[0].created_at)
    expect(first.querySelector('td.col-name')).not.toBeNull()
    expect(first.querySelector('td.col-created')).not.toBeNull()
  })

  it('sort by name ascending and by creation newest first; the other columns do not sort', async () => {
    const user = userEvent.setup()
    const onSortChange = vi.fn()
    const table = renderTable(
      [
        nameLinkColumn<Thing>({ header: 'Thing', name: thingName, href: (thing) => `/things/${thing.id}` }),
        idColumn<Thing>('Copy thing ID'),
        tagsColumn<Thing>(),
        statusColumn<Thing>(),
        createdColumn<Thing>(),
      ],
      onSortChange,
    )
    expect(
      within(table)
        .getAllByRole('button', { name: /^(Thing|ID|Tags|Status|Created)$/ })
        .map((b) => b.textContent),
    ).toEqual(['Thing', 'Created'])
    await user.click(within(table).getByRole('button', { name: 'Thing' }))
    expect(onSortChange).toHaveBeenLastCalledWith({ id: 'name', desc: false })
    await user.click(within(table).getByRole('button', { name: 'Created' }))
    expect(onSortChange).toHaveBeenLastCalledWith({ id: 'created_at', desc: true })
  })

  it('shows two tags and "+n" with the rest on hover, so the table stays narrow', () => {
    render(
      <MemoryRouter>
        <DataTable
          label="Tagged"
          columns={[tagsColumn<Thing>()]}
          rows={[{ ...THINGS[0], tags: ['hall', 'boiler', 'east', 'pilot'] }]}
          getRowId={(thing) => thing.id}
        />
      </MemoryRouter>,
    )
    const cell = screen.getByRole('table', { name: 'Tagged' }).querySelector('td.col-tags')!
    expect([...cell.querySelectorAll('.chip')].map((chip) => chip.textContent)).toEqual(['hall', 'boiler', '+2'])
    expect(within(cell as HTMLElement).getByText('+2')).toHaveAttribute('title', 'east, pilot')
  })
})
