import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ADMIN, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ClientsPage } from './ClientsPage'

const backend = setupTestBackend()

async function renderClients() {
  await signInAs(ADMIN)
  const view = await renderInDomain(
    backend.domainId,
    [{ path: '/:domainId/clients', element: <ClientsPage /> }],
    `/${backend.domainId}/clients`,
  )
  await screen.findByRole('table', { name: 'Clients' })
  return view
}

const chips = () => screen.getByRole('group', { name: 'Active filters' })

describe('ClientsToolbar', () => {
  it('adds metadata filters from the dialog as chips, and removing the last leaves no metadata filter in the URL', async () => {
    const user = userEvent.setup()
    const { search } = await renderClients()

    await user.click(screen.getByRole('button', { name: 'Metadata filter' }))
    const dialog = await screen.findByRole('dialog', { name: 'Filter by metadata' })
    await user.click(within(dialog).getByRole('button', { name: 'Add filter' }))
    expect(await within(dialog).findByText('Enter a metadata key')).toBeInTheDocument()
    await user.type(within(dialog).getByRole('textbox', { name: /Key/ }), ' model ')
    await user.type(within(dialog).getByRole('textbox', { name: /Value/ }), '42')
    await user.click(within(dialog).getByRole('button', { name: 'Add filter' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(JSON.parse(search().get('meta') ?? '')).toEqual({ model: 42 })

    await user.click(screen.getByRole('button', { name: 'Metadata filter' }))
    const second = await screen.findByRole('dialog', { name: 'Filter by metadata' })
    await user.type(within(second).getByRole('textbox', { name: /Key/ }), 'zone')
    await user.type(within(second).getByRole('textbox', { name: /Value/ }), 'north')
    await user.click(within(second).getByRole('button', { name: 'Add filter' }))
    await waitFor(() => expect(JSON.parse(search().get('meta') ?? '')).toEqual({ model: 42, zone: 'north' }))

    await user.click(within(chips()).getByRole('button', { name: 'Remove filter model = 42' }))
    await waitFor(() => expect(JSON.parse(search().get('meta') ?? '')).toEqual({ zone: 'north' }))
    await user.click(within(chips()).getByRole('button', { name: 'Remove filter zone = north' }))
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument())
    expect(search().get('meta') ?? '').toBe('')
  })

  it('adds a typed tag once, without separators, offers any/all from two tags, and clears every filter', async () => {
    const user = userEvent.setup()
    const { search } = await renderClients()
    const tagInput = screen.getByRole('textbox', { name: 'Filter by tag' })

    await user.type(tagInput, 'lab,one+{Enter}')
    expect(tagInput).toHaveValue('')
    await user.type(tagInput, 'labone{Enter}')
    expect(within(chips()).getAllByRole('button', { name: /^Remove filter tag:/ })).toHaveLength(1)
    expect(within(chips()).queryByRole('combobox', { name: 'Tags must match' })).not.toBeInTheDocument()

    await user.type(tagInput, 'roof')
    await user.tab()
    await waitFor(() => expect(search().get('tags')).toBe('labone,roof'))
    await user.selectOptions(within(chips()).getByRole('combobox', { name: 'Tags must match' }), 'any')
    await waitFor(() => expect(search().get('tagMode')).toBe('any'))

    await user.click(within(chips()).getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument())
    expect(search().get('tags') ?? '').toBe('')
  })
})
