import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ListPagination } from './Pagination'

describe('ListPagination', () => {
  it('shows nothing while the list is empty', () => {
    const { container } = render(<ListPagination paging={{ page: 1, size: 10 }} onChange={vi.fn()} total={0} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('pages and resizes the list through one state change', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<ListPagination paging={{ page: 2, size: 10 }} onChange={onChange} total={45} noun={['thing', 'things']} />)
    expect(screen.getByText('11–20 of 45 things')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Page 3' }))
    expect(onChange).toHaveBeenLastCalledWith({ page: 3 })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '25')
    expect(onChange).toHaveBeenLastCalledWith({ size: 25 })
  })
})
