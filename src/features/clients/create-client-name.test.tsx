import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createClient } from '../../api/clients'
import { OPERATOR, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { CreateClientDialog } from './CreateClientDialog'

const backend = setupTestBackend()

const WARNING = /already has this name/

describe('CreateClientDialog, a name already in use', () => {
  it('warns when another client has exactly the name, and still creates it', async () => {
    await signInAs(OPERATOR)
    await createClient(backend.domainId, { name: 'Boiler Room Gateway' })
    await createClient(backend.domainId, { name: 'Boiler Room Gateway 2' })
    const onCreated = vi.fn()
    await renderInDomain(
      backend.domainId,
      [
        {
          path: '/:domainId',
          element: <CreateClientDialog domainId={backend.domainId} open onOpenChange={() => {}} onCreated={onCreated} />,
        },
      ],
      `/${backend.domainId}`,
    )
    const dialog = await screen.findByRole('dialog', { name: 'Create client' })
    const name = within(dialog).getByRole('textbox', { name: /^Name/ })

    // Part of two names, and the same but for case: neither is the name of a client.
    await userEvent.type(name, 'Boiler Room')
    await userEvent.type(name, ' gateway')
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(within(dialog).queryByText(WARNING)).not.toBeInTheDocument()

    await userEvent.clear(name)
    await userEvent.type(name, '  Boiler Room Gateway ')
    const warning = await within(dialog).findByText(WARNING)
    expect(name).toHaveAccessibleDescription(expect.stringMatching(WARNING))

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create client' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ name: 'Boiler Room Gateway' })))
    expect(warning).not.toBeInTheDocument()
  })
})
