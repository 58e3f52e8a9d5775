import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { FilterSelect, STATUS_FILTER_OPTIONS } from './FilterSelect'

describe('FilterSelect', () => {
  it('is named by its label, shows the value and reports the chosen one', async () => {
    const onChange = vi.fn()
    render(<FilterSelect label="Status" value="enabled" onChange={onChange} options={STATUS_FILTER_OPTIONS} />)
    const select = screen.getByRole('combobox', { name: 'Status' })
    expect(select).toHaveValue('enabled')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['All', 'Enabled', 'Disabled'])
    await userEvent.selectOptions(select, 'Disabled')
    expect(onChange).toHaveBeenCalledExactlyOnceWith('disabled')
  })
})
