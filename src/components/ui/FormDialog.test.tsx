import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'
import { Field } from './Field'
import { FormDialog } from './FormDialog'

const Form = z.object({ name: z.string().check(z.trim(), z.minLength(1, 'Enter a name')) })

function renderDialog(onSubmit: (values: { name: string }) => Promise<unknown>, onClose = vi.fn()) {
  render(
    <FormDialog
      title="Name it"
      submitLabel="Save"
      schema={Form}
      defaults={{ name: '' }}
      onSubmit={onSubmit}
      failure={(error) => `Could not save: ${(error as Error).message}`}
      onClose={onClose}
    >
      {({ register, formState: { errors } }) => (
        <Field label="Name" error={errors.name?.message}>
          <input className="input" {...register('name')} />
        </Field>
      )}
    </FormDialog>,
  )
  return onClose
}

describe('FormDialog', () => {
  it('shows the schema’s message on the field and sends nothing while the form is invalid', async () => {
    const onSubmit = vi.fn()
    renderDialog(onSubmit)
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Enter a name')).toBeInTheDocument()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('sends the parsed values, and on failure keeps what was typed with the message on top', async () => {
    const onSubmit = vi.fn().mockRejectedValueOnce(new Error('server says no')).mockResolvedValueOnce(undefined)
    renderDialog(onSubmit)
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), '  Pump  ')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not save: server says no')
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Pump' })
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('  Pump  ')
  })

  it('closes on Cancel', async () => {
    const onClose = renderDialog(vi.fn())
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onClose).toHaveBeenCalled()
  })
})
