import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { InlineEditField, InlineTextEditor } from './InlineEditField'

function KeyField({ mono, onSave }: { mono?: boolean; onSave: (value: string) => Promise<unknown> }) {
  return (
    <InlineEditField
      label="Key"
      value="abc"
      display={(value) => <span>{value}</span>}
      toDraft={(value) => value}
      parse={(draft) => (draft ? { ok: true, value: draft } : { ok: false, error: 'Enter a key' })}
      onSave={onSave}
      renderEditor={(editor) => <InlineTextEditor {...editor} label="Key" mono={mono} />}
    />
  )
}

describe('InlineTextEditor', () => {
  it('edits the draft, saves with Enter, and points at the error when the draft is refused', async () => {
    const user = userEvent.setup()
    const onSave = vi.fn().mockResolvedValue(undefined)
    render(<KeyField onSave={onSave} />)
    await user.click(screen.getByRole('button', { name: 'Edit key' }))
    const input = screen.getByRole('textbox', { name: 'Key' })
    expect(input).toHaveFocus()
    expect(input).toHaveClass('input')
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(input).not.toHaveAttribute('spellcheck')

    await user.clear(input)
    await user.keyboard('{Enter}')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('Enter a key')
    expect(onSave).not.toHaveBeenCalled()

    await user.type(input, 'xyz{Enter}')
    expect(onSave).toHaveBeenCalledWith('xyz')
  })

  it('mono: a monospace input without spell-check or autofill, for keys', async () => {
    const user = userEvent.setup()
    render(<KeyField mono onSave={vi.fn()} />)
    await user.click(screen.getByRole('button', { name: 'Edit key' }))
    const input = screen.getByRole('textbox', { name: 'Key' })
    expect(input).toHaveClass('input', 'mono-input')
    expect(input).toHaveAttribute('spellcheck', 'false')
    expect(input).toHaveAttribute('autocomplete', 'off')
  })
})
