import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { OperationInput } from './OperationInput'

/** A parent that, like the URL, takes a moment to hand the reported value back. */
function Harness({ initial = '' }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <OperationInput
        value={value}
        onChange={(next) => setTimeout(() => setValue(next), 30)}
        suggestions={['client.view', 'client.update']}
        debounceMs={0}
      />
      <output aria-label="value">{value}</output>
      <button type="button" onClick={() => setValue('')}>
        Clear from outside
      </button>
    </>
  )
}

describe('OperationInput', () => {
  it('keeps what the user typed while an earlier value makes its way back', async () => {
    render(<Harness />)
    const input = screen.getByRole('combobox', { name: 'Operation' })
    await userEvent.type(input, 'client.explode')
    await waitFor(() => expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent('client.explode'))
    expect(input).toHaveValue('client.explode')
  })

  it('takes a change from outside (Back, "Clear filters")', async () => {
    render(<Harness initial="client.view" />)
    const input = screen.getByRole('combobox', { name: 'Operation' })
    expect(input).toHaveValue('client.view')
    await userEvent.click(screen.getByRole('button', { name: 'Clear from outside' }))
    expect(input).toHaveValue('')
  })

  it('offers the suggestions in a list tied to the input', () => {
    render(<Harness />)
    const list = document.getElementById(screen.getByRole('combobox', { name: 'Operation' }).getAttribute('list')!)!
    expect([...list.querySelectorAll('option')].map((o) => o.value)).toEqual(['client.view', 'client.update'])
  })
})
