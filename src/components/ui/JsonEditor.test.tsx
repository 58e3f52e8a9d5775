import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { JsonEditor } from './JsonEditor'

function Harness({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial)
  return <JsonEditor label="Text" value={value} onChange={setValue} />
}

describe('JsonEditor', () => {
  it('checks for one JSON object, offers Format only when it parses, and indents with Tab', async () => {
    const user = userEvent.setup()
    render(<Harness initial={'{"a":'} />)
    expect(screen.getByText('Not a valid JSON object yet')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Format' })).toBeDisabled()
    await user.type(screen.getByRole('textbox', { name: 'Text' }), '1}')
    expect(screen.getByText('Valid JSON object')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Format' }))
    expect(screen.getByRole('textbox', { name: 'Text' })).toHaveValue('{\n  "a": 1\n}')
    await user.click(screen.getByRole('textbox', { name: 'Text' }))
    await user.keyboard('{Home}{Tab}')
    expect(screen.getByRole('textbox', { name: 'Text' })).toHaveFocus()
  })
})
