import { QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { testQueryClient } from '../../test/render'
import { InlineEditField } from './InlineEditField'
import { SearchSelect, type SelectOption } from './SearchSelect'
import { TagsInput } from './TagsInput'

function Tags({ initial = [] as string[] }) {
  const [tags, setTags] = useState(initial)
  return (
    <>
      <TagsInput value={tags} onChange={setTags} label="Tags" />
      <output aria-label="value">{tags.join('|')}</output>
    </>
  )
}

describe('TagsInput', () => {
  it('adds on Enter and comma, ignores duplicates, removes with Backspace and ×', async () => {
    render(<Tags initial={['a']} />)
    const input = screen.getByRole('textbox', { name: 'Tags' })
    await userEvent.type(input, 'b{Enter}c,a,')
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent('a|b|c')
    await userEvent.type(input, '{Backspace}')
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent('a|b')
    await userEvent.click(screen.getByRole('button', { name: 'Remove tag a' }))
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent(/^b$/)
  })

  it('never submits its form with Enter, even on an empty input; pasted commas make several tags', async () => {
    const submitted = vi.fn((event: React.FormEvent) => event.preventDefault())
    render(
      <form onSubmit={submitted}>
        <Tags />
        <button type="submit">Create</button>
      </form>,
    )
    const input = screen.getByRole('textbox', { name: 'Tags' })
    await userEvent.type(input, 'alpha{Enter}{Enter}')
    await userEvent.click(input)
    await userEvent.paste('beta,gamma')
    await userEvent.keyboard('{Enter}')
    expect(submitted).not.toHaveBeenCalled()
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent('alpha|beta|gamma')
  })

  it('keeps text typed without Enter when focus leaves', async () => {
    render(<Tags />)
    await userEvent.type(screen.getByRole('textbox', { name: 'Tags' }), 'pending')
    await userEvent.tab()
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent('pending')
  })
})

function NameField({
  onSave,
  initiallyEditing,
  disabledReason,
}: {
  onSave: (value: string) => Promise<unknown>
  initiallyEditing?: boolean
  disabledReason?: string
}) {
  const [value, setValue] = useState('Boiler')
  return (
    <InlineEditField
      label="Name"
      initiallyEditing={initiallyEditing}
      disabledReason={disabledReason}
      value={value}
      display={(v) => <span>{v}</span>}
      toDraft={(v) => v}
      parse={(draft) => (draft.trim() ? { ok: true, value: draft.trim() } : { ok: false, error: 'Enter a name' })}
      onSave={async (v) => {
        await onSave(v)
        setValue(v)
      }}
      renderEditor={({ id, draft, setDraft, onKeyDown, invalid, describedBy }) => (
        <input
          id={id}
          aria-label="Name"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        />
      )}
    />
  )
}

describe('InlineEditField', () => {
  it('edits in place and saves with Enter', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined)
    render(<NameField onSave={onSave} />)
    await userEvent.click(screen.getByRole('button', { name: 'Edit name' }))
    await userEvent.clear(screen.getByRole('textbox', { name: 'Name' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Chiller{Enter}')
    await waitFor(() => expect(screen.getByText('Chiller')).toBeInTheDocument())
    expect(onSave).toHaveBeenCalledWith('Chiller')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('opens already editing, focused, when asked to (an "Edit" action), unless editing is not allowed', async () => {
    const { unmount } = render(<NameField onSave={vi.fn()} initiallyEditing />)
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus())
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Boiler')
    unmount()
    render(<NameField onSave={vi.fn()} initiallyEditing disabledReason="Your role cannot edit this client" />)
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Edit name' })).toHaveAttribute('aria-disabled', 'true')
  })

  it('cancels with Escape, keeping the old value', async () => {
    render(<NameField onSave={vi.fn()} />)
    await userEvent.click(screen.getByRole('button', { name: 'Edit name' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), ' changed{Escape}')
    expect(screen.getByText('Boiler')).toBeInTheDocument()
  })

  it('keeps the editor and the typed value open on invalid input or a failed save', async () => {
    const onSave = vi.fn().mockRejectedValue(new Error('name is taken'))
    render(<NameField onSave={onSave} />)
    await userEvent.click(screen.getByRole('button', { name: 'Edit name' }))
    const input = screen.getByRole('textbox', { name: 'Name' })
    await userEvent.clear(input)
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a name')
    expect(onSave).not.toHaveBeenCalled()
    await userEvent.type(input, 'Taken')
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('name is taken')
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Taken')
  })
})

const CHANNELS: SelectOption[] = Array.from({ length: 30 }, (_, i) => ({ value: `ch${i}`, label: `Channel ${i}` }))

function Picker({ multiple = true }) {
  const [value, setValue] = useState<string[]>([])
  const search = vi.fn(async (text: string) => {
    const options = CHANNELS.filter((c) => c.label.includes(text)).map((c) =>
      c.value === 'ch2' ? { ...c, disabledReason: 'Already connected' } : c,
    )
    return { options: options.slice(0, 10), total: options.length }
  })
  return (
    <QueryClientProvider client={testQueryClient()}>
      <SearchSelect label="Channels" multiple={multiple} value={value} onChange={setValue} search={search} queryKey={['channels']} />
      <output aria-label="value">{value.join('|')}</output>
    </QueryClientProvider>
  )
}

describe('SearchSelect', () => {
  it('searches on the server, says how many more there are, and picks with the keyboard', async () => {
    render(<Picker />)
    const input = screen.getByRole('combobox', { name: 'Channels' })
    await userEvent.click(input)
    expect(await screen.findByText('20 more — type to narrow the list')).toBeInTheDocument()
    await userEvent.type(input, 'Channel 1')
    await screen.findByRole('option', { name: 'Channel 10' })
    await userEvent.keyboard('{ArrowDown}{Enter}')
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent('ch10')
    expect(screen.getByRole('option', { name: 'Channel 10' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('button', { name: 'Remove Channel 10' })).toBeInTheDocument()
  })

  it('does not pick a disabled option and removes chips', async () => {
    render(<Picker />)
    const input = screen.getByRole('combobox', { name: 'Channels' })
    await userEvent.type(input, 'Channel 2')
    await screen.findByRole('option', { name: /Channel 20/ })
    const disabled = screen.getByRole('option', { name: /^Channel 2(?!\d)/ })
    expect(disabled).toHaveTextContent('Already connected')
    await userEvent.click(disabled)
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent('')
    await userEvent.click(await screen.findByRole('option', { name: /Channel 20/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Remove Channel 20' }))
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent('')
  })

  it('closes when a click lands outside, not as soon as the pointer goes down there', async () => {
    render(
      <>
        <Picker />
        <button type="button">Elsewhere</button>
      </>,
    )
    await userEvent.click(screen.getByRole('combobox', { name: 'Channels' }))
    await screen.findByRole('listbox', { name: 'Channels' })
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' })
    fireEvent.pointerDown(elsewhere)
    // A list in the page flow must not vanish (and move the control) before the click lands.
    expect(screen.getByRole('listbox', { name: 'Channels' })).toBeInTheDocument()
    fireEvent.click(elsewhere)
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument())
  })
})
