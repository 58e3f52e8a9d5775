import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { ContentEditor } from './ContentEditor'

function Harness() {
  const [value, setValue] = useState('')
  return <ContentEditor label="Text" value={value} onChange={setValue} />
}

describe('ContentEditor', () => {
  it('takes plain text, checks what looks like JSON, and shows Format only for valid JSON', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    const box = screen.getByRole('textbox', { name: 'Text' })
    expect(screen.getByText('Empty: the device gets no custom content')).toBeInTheDocument()
    await user.type(box, 'hello')
    expect(screen.getByText('Plain text')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Format' })).not.toBeInTheDocument()
    await user.clear(box)
    await user.type(box, '{{"a":')
    expect(screen.getByText('Invalid JSON')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Format' })).not.toBeInTheDocument()
    await user.type(box, '1}')
    expect(screen.getByText('Valid JSON')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Format' }))
    expect(box).toHaveValue('{\n  "a": 1\n}')
    // Tab moves on: it does not indent here.
    await user.click(box)
    await user.keyboard('{Home}{Tab}')
    expect(box).not.toHaveFocus()
    expect(box).toHaveValue('{\n  "a": 1\n}')
  })
})
