import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PHONE_QUERY } from '../../lib/use-media-query'
import { DataTable, createColumns, type DataTableColumn, type RowSelection } from './DataTable'

type Item = { id: string; name: string }
const column = createColumns<Item>()

/** Columns whose name cell counts its renders per row. */
function countingColumns(renders: Map<string, number>): DataTableColumn<Item>[] {
  return [
    column.accessor('name', {
      header: 'Name',
      enableSorting: true,
      cell: ({ row }) => {
        renders.set(row.original.id, (renders.get(row.original.id) ?? 0) + 1)
        return <span>{row.original.name}</span>
      },
    }),
  ]
}

const ITEMS: Item[] = [
  { id: 'a', name: 'Alpha' },
  { id: 'b', name: 'Bravo' },
]

const itemName = (item: Item) => item.name

function Harness({ columns, onRowClick }: { columns: DataTableColumn<Item>[]; onRowClick: (item: Item) => void }) {
  const [items, setItems] = useState(ITEMS)
  const [selection, setSelection] = useState<RowSelection>({})
  const [tick, setTick] = useState(0)
  return (
    <>
      <button type="button" onClick={() => setTick(tick + 1)}>
        Re-render {tick}
      </button>
      <button type="button" onClick={() => setItems([{ ...items[0], name: 'Alpha 2' }, items[1]])}>
        Rename first
      </button>
      <DataTable
        label="Items"
        columns={columns}
        rows={items}
        getRowId={(item) => item.id}
        sort={{ id: 'name', desc: false }}
        onSortChange={() => {}}
        // A new function on every render, as pages pass them.
        onRowClick={(item) => onRowClick({ ...item, name: `${item.name} @${tick}` })}
        selection={{ value: selection, onChange: setSelection, rowLabel: itemName }}
      />
    </>
  )
}

describe('DataTable', () => {
  it('renders a real table with a caption, sortable headers and one row per item', () => {
    const renders = new Map<string, number>()
    render(<Harness columns={countingColumns(renders)} onRowClick={() => {}} />)
    const table = screen.getByRole('table', { name: 'Items' })
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending')
    expect(within(table).getAllByRole('row')).toHaveLength(3)
  })

  it('re-renders only the rows whose data or selection changed', async () => {
    const user = userEvent.setup()
    const renders = new Map<string, number>()
    const columns = countingColumns(renders)
    render(<Harness columns={columns} onRowClick={() => {}} />)
    const before = { a: renders.get('a')!, b: renders.get('b')! }

    await user.click(screen.getByRole('button', { name: /Re-render/ }))
    expect(renders.get('a')).toBe(before.a)
    expect(renders.get('b')).toBe(before.b)

    await user.click(screen.getByRole('button', { name: 'Rename first' }))
    expect(screen.getByText('Alpha 2')).toBeInTheDocument()
    expect(renders.get('a')).toBeGreaterThan(before.a)
    expect(renders.get('b')).toBe(before.b)

    await user.click(screen.getByRole('checkbox', { name: 'Select Bravo' }))
    expect(screen.getByRole('checkbox', { name: 'Select Bravo' })).toBeChecked()
    expect(screen.getByText('Bravo').closest('tr')).toHaveClass('row-selected')
    expect(screen.getByRole('checkbox', { name: 'Select all rows on this page' })).toHaveProperty('indeterminate', true)
  })

  it('a row click calls the latest handler, and clicks on controls inside the row do not', async () => {
    const user = userEvent.setup()
    const clicked = vi.fn()
    render(<Harness columns={countingColumns(new Map())} onRowClick={clicked} />)
    await user.click(screen.getByRole('button', { name: /Re-render/ }))
    await user.click(screen.getByText('Bravo'))
    expect(clicked).toHaveBeenLastCalledWith({ id: 'b', name: 'Bravo @1' })
    await user.click(screen.getByRole('checkbox', { name: 'Select Alpha' }))
    expect(clicked).toHaveBeenCalledTimes(1)
  })

  it('goes from the loading rows straight to the data, never through the empty state', () => {
    const empties = vi.fn()
    function Empty() {
      empties()
      return <p>Nothing here</p>
    }
    const columns = countingColumns(new Map())
    const props = { label: 'Items', columns, getRowId: (item: Item) => item.id, empty: <Empty /> }
    const { rerender, container } = render(<DataTable {...props} rows={undefined} loading />)
    expect(container.querySelectorAll('tr.row-skeleton')).not.toHaveLength(0)
    rerender(<DataTable {...props} rows={ITEMS} loading={false} />)
    expect(screen.getAllByRole('row')).toHaveLength(3)
    expect(empties).not.toHaveBeenCalled()
  })

  describe('at phone width', () => {
    type Device = Item & { status: string; model: string }
    const device = createColumns<Device>()
    const columns: DataTableColumn<Device>[] = [
      device.accessor('name', { header: 'Name', meta: { phone: true } }),
      device.accessor('model', { header: 'Model' }),
      device.accessor('id', { header: 'ID' }),
      device.accessor('status', { header: 'Status', meta: { phone: true } }),
    ]
    const rows = [{ id: 'a', name: 'Alpha', status: 'enabled', model: 'DS18B20' }]
    const headers = () => screen.getAllByRole('columnheader').map((th) => th.textContent)
    const screenIs = (phone: boolean) =>
      vi.stubGlobal('matchMedia', (query: string) => ({
        matches: phone && query === PHONE_QUERY,
        addEventListener() {},
        removeEventListener() {},
      }))
    afterEach(() => vi.unstubAllGlobals())

    it('shows the phone columns first and the others on demand, leaving out the ones the chooser hid', async () => {
      screenIs(true)
      const user = userEvent.setup()
      render(<DataTable label="Devices" columns={columns} rows={rows} getRowId={(row) => row.id} columnVisibility={{ id: false }} />)
      expect(headers()).toEqual(['Name', 'Status'])
      await user.click(screen.getByRole('button', { name: 'All columns (1 more)' }))
      expect(headers()).toEqual(['Name', 'Model', 'Status'])
      expect(screen.getByRole('button', { name: 'Fewer columns' })).toHaveAttribute('aria-pressed', 'true')
    })

    it('keeps every column on a wide screen, and in tables that mark none', () => {
      screenIs(false)
      const { unmount } = render(<DataTable label="Devices" columns={columns} rows={rows} getRowId={(row) => row.id} />)
      expect(headers()).toEqual(['Name', 'Model', 'ID', 'Status'])
      unmount()
      screenIs(true)
      const unmarked = columns.map((c) => ({ ...c, meta: {} }))
      render(<DataTable label="Devices" columns={unmarked} rows={rows} getRowId={(row) => row.id} />)
      expect(headers()).toEqual(['Name', 'Model', 'ID', 'Status'])
      expect(screen.queryByRole('button', { name: /All columns/ })).toBeNull()
    })
  })
})
