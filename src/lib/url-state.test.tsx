import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, useLocation } from 'react-router-dom'
import { describe, expect, it } from 'vitest'
import { useUrlState } from './url-state'

const DEFAULTS = { op: '', range: 'all', page: 1 }

function Filters() {
  const [state, setState] = useUrlState(DEFAULTS)
  const location = useLocation()
  return (
    <>
      <button
        onClick={() => {
          // Two changes before the page re-renders, as a quick operator (or a slow machine) makes them.
          setState({ op: '' })
          setState({ range: '1h' })
        }}
      >
        Clear and narrow
      </button>
      <output aria-label="search">{location.search}</output>
      <output aria-label="op">{state.op}</output>
    </>
  )
}

describe('useUrlState', () => {
  it('keeps every change made before the page re-renders', async () => {
    render(
      <MemoryRouter initialEntries={['/audit?op=client.view&page=3']}>
        <Filters />
      </MemoryRouter>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Clear and narrow' }))
    expect(screen.getByRole('status', { name: 'search' })).toHaveTextContent('?range=1h')
    expect(screen.getByRole('status', { name: 'op' })).toBeEmptyDOMElement()
  })
})
