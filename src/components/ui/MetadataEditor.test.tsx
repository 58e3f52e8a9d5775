import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { MetadataEditor } from './MetadataEditor'

function Harness({ initial }: { initial: string }) {
  const [text, setText] = useState(initial)
  return (
    <>
      <MetadataEditor label="Metadata" value={text} onChange={setText} />
      <output aria-label="Sent">{text}</output>
    </>
  )
}

const sent = () => screen.getByRole('status', { name: 'Sent' }).textContent ?? ''
const mode = (name: 'Fields' | 'JSON') => screen.getByRole('button', { name })

describe('MetadataEditor', () => {
  it('edits typed fields, and JSON text, without losing anything on the way back and forth', async () => {
    const user = userEvent.setup()
    render(<Harness initial={JSON.stringify({ model: 'DS18B20', floor: 3, nested: { a: [1, 2] } })} />)
    const fields = screen.getByRole('group', { name: 'Metadata' })
    expect(within(fields).getByRole('textbox', { name: 'Value of model' })).toHaveValue('DS18B20')
    expect(within(fields).getByRole('combobox', { name: 'Type of floor' })).toHaveValue('number')

    await user.click(screen.getByRole('button', { name: 'Add field' }))
    await user.type(screen.getByRole('textbox', { name: 'Key of field 4' }), 'enabled')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type of enabled' }), 'boolean')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Value of enabled' }), 'false')
    await user.click(screen.getByRole('button', { name: 'Remove model' }))
    expect(JSON.parse(sent())).toEqual({ floor: 3, nested: { a: [1, 2] }, enabled: false })

    // A mistake stays as typed, is named at its row, and no form could send the text.
    const floor = screen.getByRole('textbox', { name: 'Value of floor' })
    await user.clear(floor)
    await user.type(floor, 'three')
    expect(floor).toHaveAccessibleDescription('Enter a number, e.g. 42 or -1.5')
    expect(floor).toBeInvalid()
    expect(() => JSON.parse(sent())).toThrow()

    await user.click(mode('JSON'))
    expect(screen.getByRole('textbox', { name: 'Metadata' })).toHaveValue(sent())
    expect(sent()).toContain('"floor": three')
    await user.click(mode('Fields'))
    expect(screen.getByRole('textbox', { name: 'Value of floor' })).toHaveValue('three')
    expect(screen.getByRole('combobox', { name: 'Value of enabled' })).toHaveValue('false')

    await user.clear(screen.getByRole('textbox', { name: 'Value of floor' }))
    await user.type(screen.getByRole('textbox', { name: 'Value of floor' }), '4')
    await user.click(mode('JSON'))
    const json = screen.getByRole('textbox', { name: 'Metadata' })
    await user.clear(json)
    await user.click(json)
    await user.paste('{"site": "north", "count": 2}')
    await user.click(mode('Fields'))
    expect(screen.getByRole('textbox', { name: 'Value of site' })).toHaveValue('north')
    expect(screen.getByRole('combobox', { name: 'Type of count' })).toHaveValue('number')
  })

  it('sends a JSON-view mistake to the JSON view, not into fields', async () => {
    const user = userEvent.setup()
    render(<Harness initial='{"a": 1,}' />)
    expect(mode('JSON')).toHaveAttribute('aria-pressed', 'true')
    await user.click(mode('Fields'))
    expect(screen.getByText(/the JSON is not valid.*Fix it as text to edit it as fields/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Edit as text' }))
    expect(screen.getByRole('textbox', { name: 'Metadata' })).toHaveValue('{"a": 1,}')
  })
})
