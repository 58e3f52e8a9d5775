import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { ContentEditor } from './ContentEditor'
import { contentProblem } from './content'

function Harness({ initial }: { initial: string }) {
  const [text, setText] = useState(initial)
  return (
    <>
      <ContentEditor label="Content" value={text} onChange={setText} />
      <output aria-label="Sent">{text}</output>
    </>
  )
}
const sent = () => screen.getByRole('status', { name: 'Sent' }).textContent ?? ''

describe('ContentEditor', () => {
  it('edits content that is a JSON object as fields, and a mistake there is no content to send', async () => {
    const user = userEvent.setup()
    render(<Harness initial={'{"mqtt": {"host": "mqtt.example.com"}, "interval": 30}'} />)
    await user.click(screen.getByRole('button', { name: 'Fields' }))
    const interval = screen.getByRole('textbox', { name: 'Value of interval' })
    await user.clear(interval)
    await user.type(interval, '60')
    expect(JSON.parse(sent())).toEqual({ mqtt: { host: 'mqtt.example.com' }, interval: 60 })
    await user.type(interval, 's')
    expect(contentProblem(sent())).toBe('Content: Field 2: Enter a number, e.g. 42 or -1.5')
    await user.click(screen.getByRole('button', { name: 'Text' }))
    expect(screen.getByRole('textbox', { name: 'Content' })).toHaveValue(sent())
  })

  it('leaves plain content that starts with a comment alone', () => {
    expect(contentProblem('// device script\nconnect()')).toBeNull()
  })

  it('offers fields only for a JSON object', async () => {
    render(<Harness initial="plain text for the device" />)
    expect(screen.getByRole('button', { name: 'Fields' })).toHaveAttribute('aria-disabled', 'true')
  })
})

function TextHarness() {
  const [value, setValue] = useState('')
  return <ContentEditor label="Text" value={value} onChange={setValue} />
}

describe('ContentEditor as text', () => {
  it('takes plain text, checks what looks like JSON, and shows Format only for valid JSON', async () => {
    const user = userEvent.setup()
    render(<TextHarness />)
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
