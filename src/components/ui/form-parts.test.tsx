import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { DialogFormFooter } from './Dialog'
import { FormError } from './Field'

describe('FormError', () => {
  it('announces the message, and is absent without one', () => {
    const { rerender } = render(<FormError message={null} />)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    rerender(<FormError message="Could not save: conflict" />)
    expect(screen.getByRole('alert')).toHaveTextContent('Could not save: conflict')
  })
})

describe('DialogFormFooter', () => {
  it('submits the named form, cancels, and shows progress while submitting', async () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault())
    const onCancel = vi.fn()
    const { rerender } = render(
      <>
        <form id="the-form" onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)} />
        <DialogFormFooter form="the-form" submitLabel="Create" onCancel={onCancel} />
      </>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Create' }))
    expect(onSubmit).toHaveBeenCalledOnce()
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onCancel).toHaveBeenCalledOnce()
    expect(screen.getByRole('button', { name: 'Create' })).toHaveClass('btn-primary')

    rerender(
      <>
        <form id="the-form" onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)} />
        <DialogFormFooter form="the-form" submitLabel="Remove" submitting onCancel={onCancel} tone="danger" />
      </>,
    )
    const remove = screen.getByRole('button', { name: /Remove/ })
    expect(remove).toHaveClass('btn-danger')
    expect(remove).toHaveAttribute('aria-busy', 'true')
    await userEvent.click(remove)
    expect(onSubmit).toHaveBeenCalledOnce()
  })
})
