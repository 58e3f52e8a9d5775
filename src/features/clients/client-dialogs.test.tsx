import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { TEST_BASE_URL } from '../../../mocks/node'
import { createClient, getClient, listClients } from '../../api/clients'
import { ADMIN, OPERATOR, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { ClientConfigurationTab } from './ClientConfigurationTab'
import { CreateClientDialog } from './CreateClientDialog'

const backend = setupTestBackend()

async function renderCreate(onCreated = vi.fn()) {
  await signInAs(ADMIN)
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
  return { dialog, onCreated }
}

describe('CreateClientDialog', () => {
  it('after an answer that never came, a second click finds the client the first one created instead of creating another', async () => {
    const { dialog, onCreated } = await renderCreate()
    const named = async () => (await listClients(backend.domainId, { name: 'Lost Answer Pump', status: 'all' })).total
    // The first create reaches the server and is carried out; its answer is lost on the way back.
    let posts = 0
    backend.server.use(
      http.post(`${TEST_BASE_URL}/:domainID/clients`, async ({ request }) => {
        if (request.headers.get('x-test-pass')) return undefined
        posts++
        const headers = new Headers(request.headers)
        headers.set('x-test-pass', '1')
        await fetch(request.url, { method: 'POST', headers, body: await request.text() })
        return HttpResponse.error()
      }),
    )
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Lost Answer Pump')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create client' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/may have created it: trying again checks first/)
    expect(await named()).toBe(1)

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create client' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ name: 'Lost Answer Pump' })))
    expect(posts).toBe(1)
    expect(await named()).toBe(1)
  })

  it('keeps what was typed and explains a metadata value that is not an object', async () => {
    const { dialog, onCreated } = await renderCreate()
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Boiler')
    await userEvent.click(within(dialog).getByRole('button', { name: 'JSON' }))
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Metadata' }))
    await userEvent.paste('[1, 2]')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create client' }))
    expect(await within(dialog).findByText('Metadata must be a JSON object')).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: 'Metadata' })).toHaveValue('[1, 2]')
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Boiler')
    expect(onCreated).not.toHaveBeenCalled()
  })

  it('puts a duplicate key on the key field and keeps the form', async () => {
    const { dialog, onCreated } = await renderCreate()
    await createClient(backend.domainId, { name: 'taken', credentials: { secret: 'shared-key' } })
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Second')
    await userEvent.type(within(dialog).getByLabelText(/^Key/), 'shared-key')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create client' }))
    expect(await within(dialog).findByText(/already used by another client/)).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/^Key/)).toHaveAttribute('aria-invalid', 'true')
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Second')
    expect(onCreated).not.toHaveBeenCalled()
  })

  it('warns when another client has exactly the name, and still creates it', async () => {
    const { dialog, onCreated } = await renderCreate()
    await createClient(backend.domainId, { name: 'Boiler Room Gateway' })
    await createClient(backend.domainId, { name: 'Boiler Room Gateway 2' })
    const name = within(dialog).getByRole('textbox', { name: /^Name/ })
    const warning = /already has this name/

    // Part of two names, and the same but for case: neither is the name of a client.
    await userEvent.type(name, 'Boiler Room')
    await userEvent.type(name, ' gateway')
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(within(dialog).queryByText(warning)).not.toBeInTheDocument()

    await userEvent.clear(name)
    await userEvent.type(name, '  Boiler Room Gateway ')
    const shown = await within(dialog).findByText(warning)
    expect(name).toHaveAccessibleDescription(expect.stringMatching(warning))

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create client' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ name: 'Boiler Room Gateway' })))
    expect(shown).not.toBeInTheDocument()
  })

  it('requires a PEM certificate for the certificate method and creates the client', async () => {
    const { dialog, onCreated } = await renderCreate()
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Camera')
    await userEvent.click(within(dialog).getByRole('radio', { name: /Certificate/ }))
    await userEvent.type(within(dialog).getByRole('textbox', { name: /certificate/i }), 'not a cert')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create client' }))
    expect(await within(dialog).findByText(/Not a PEM certificate/)).toBeInTheDocument()
    const pem = `-----BEGIN CERTIFICATE-----\n${btoa(String.fromCharCode(0x30, 0x82, 1, 2, 3, 4, 5, 6, 7, 8, 9))}\n-----END CERTIFICATE-----`
    await userEvent.clear(within(dialog).getByRole('textbox', { name: /certificate/i }))
    await userEvent.click(within(dialog).getByRole('textbox', { name: /certificate/i }))
    await userEvent.paste(pem)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create client' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalled())
    const created = await getClient(backend.domainId, onCreated.mock.calls[0][0].id)
    expect(created.metadata).toEqual({ auth_method: 'certificate' })
    expect(created.private_metadata).toEqual({ client_cert: pem })
  })
})

async function renderConfig(user: string) {
  await signInAs(user)
  const client = await createClient(backend.domainId, { name: 'Meter', tags: ['energy'], metadata: { model: 'EM340' } })
  const view = await renderInDomain(
    backend.domainId,
    [{ path: '/:domainId/clients/:clientId', element: <ClientConfigurationTab /> }],
    `/${backend.domainId}/clients/${client.id}`,
  )
  await screen.findByRole('heading', { name: 'Configuration' })
  return { ...view, client }
}

describe('ClientConfigurationTab', () => {
  it('keeps an invalid metadata edit open with its text and the reason', async () => {
    const { client } = await renderConfig(OPERATOR)
    await userEvent.click(screen.getByRole('button', { name: 'Edit metadata' }))
    await userEvent.click(screen.getByRole('button', { name: 'JSON' }))
    const editor = screen.getByRole('textbox', { name: 'Metadata' })
    await userEvent.clear(editor)
    await userEvent.type(editor, '"just text"')
    await userEvent.click(screen.getByRole('button', { name: 'Save metadata' }))
    expect(await screen.findByText('Metadata must be a JSON object')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Metadata' })).toHaveValue('"just text"')
    expect((await getClient(backend.domainId, client.id)).metadata).toEqual({ model: 'EM340' })
  })

  it('edits metadata as typed fields, refusing a mistake by its row', async () => {
    const { client } = await renderConfig(OPERATOR)
    await userEvent.click(screen.getByRole('button', { name: 'Edit metadata' }))
    await userEvent.click(screen.getByRole('button', { name: 'Add field' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Key of field 2' }), 'floor')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type of floor' }), 'number')
    await userEvent.type(screen.getByRole('textbox', { name: 'Value of floor' }), 'two')
    await userEvent.click(screen.getByRole('button', { name: 'Save metadata' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Metadata: Field 2: Enter a number, e.g. 42 or -1.5')
    await userEvent.clear(screen.getByRole('textbox', { name: 'Value of floor' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Value of floor' }), '2')
    await userEvent.click(screen.getByRole('button', { name: 'Save metadata' }))
    await waitFor(async () => expect((await getClient(backend.domainId, client.id)).metadata).toEqual({ model: 'EM340', floor: 2 }))
  })

  it('saves tags through PATCH …/tags', async () => {
    const { client } = await renderConfig(OPERATOR)
    await userEvent.click(screen.getByRole('button', { name: 'Edit tags' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Tags' }), 'rooftop{Enter}')
    await userEvent.click(screen.getByRole('button', { name: 'Save tags' }))
    await waitFor(async () => expect((await getClient(backend.domainId, client.id)).tags).toEqual(['energy', 'rooftop']))
  })

  it('rolls the status switch back, with a message, when the server refuses', async () => {
    await renderConfig(OPERATOR)
    backend.faults.set({ errorRate: 1, match: '/disable' })
    const toggle = screen.getByRole('switch', { name: 'Client enabled' })
    await userEvent.click(toggle)
    expect(await screen.findByText('Could not disable the client')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Client enabled' })).toHaveAttribute('aria-checked', 'true'))
  })

  it('shows the read-only member every control disabled with the reason', async () => {
    await signInAs(OPERATOR)
    const client = await createClient(backend.domainId, { name: 'Locked' })
    await signInAs(VIEWER)
    await renderInDomain(
      backend.domainId,
      [{ path: '/:domainId/clients/:clientId', element: <ClientConfigurationTab /> }],
      `/${backend.domainId}/clients/${client.id}`,
    )
    const edit = await screen.findByRole('button', { name: 'Edit name' })
    expect(edit).toHaveAttribute('aria-disabled', 'true')
    expect(edit).toHaveAccessibleDescription(/permission to edit this client/)
    expect(screen.getByRole('switch', { name: 'Client enabled' })).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByRole('button', { name: 'Delete client' })).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(edit)
    expect(screen.queryByRole('textbox', { name: 'Name' })).not.toBeInTheDocument()
  })
})

describe('ClientConfigurationTab: what Magistrala really sends', () => {
  const groupNamed = (name: string) => [...backend.db.groups.allIn(backend.domainId)].find((g) => g.name === name)!
  /** A client of the group on which `login` holds no role of its own: only inherited roles reach it. */
  const clientIn = (group: string, login = ADMIN) => {
    const userId = backend.db.findUserByLogin(login)!.id
    return [...backend.db.clients.allIn(backend.domainId)].find(
      (c) => c.parent_group_id === groupNamed(group).id && !backend.db.roles.heldOn(c.id, userId),
    )!
  }

  async function renderSeeded(login: string, clientId: string) {
    await signInAs(login)
    await renderInDomain(
      backend.domainId,
      [{ path: '/:domainId/clients/:clientId', element: <ClientConfigurationTab /> }],
      `/${backend.domainId}/clients/${clientId}`,
    )
    await screen.findByRole('heading', { name: 'Configuration' })
  }

  it('names a parent group created without a description ("description": null), and lists it in the picker', async () => {
    const client = clientIn('Line 1')
    backend.db.clients.put({ ...client, parent_group_id: groupNamed('Production').id })
    await renderSeeded(ADMIN, client.id)
    expect(await screen.findByText('Production')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Clients in this group' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Change parent group' }))
    await userEvent.type(screen.getByRole('combobox', { name: 'Parent group' }), 'Logis')
    expect(await screen.findByRole('option', { name: 'Logistics' })).toBeInTheDocument()
  })

  it('enables what a group role allows: client_update on the parent group is update on the client', async () => {
    await renderSeeded('fatima.ali@example.com', clientIn('Cold Room', 'fatima.ali@example.com').id)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit name' })).not.toHaveAttribute('aria-disabled'))
    // Her role grants no delete, and her domain role is the viewer's.
    expect(screen.getByRole('button', { name: 'Delete client' })).toHaveAttribute('aria-disabled', 'true')
  })

  it('enables what a role further up allows: subgroup_client_update on the area', async () => {
    const client = clientIn('Warehouse 1', 'jane.sharma@example.com')
    await renderSeeded('jane.sharma@example.com', client.id)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit name' })).not.toHaveAttribute('aria-disabled'))
    await userEvent.click(screen.getByRole('button', { name: 'Edit name' }))
    const input = screen.getByRole('textbox', { name: 'Name' })
    await userEvent.clear(input)
    await userEvent.type(input, 'Dock scale{Enter}')
    await waitFor(async () => expect((await getClient(backend.domainId, client.id)).name).toBe('Dock scale'))
  })

  it('keeps the same user read-only where no group role reaches', async () => {
    await renderSeeded('fatima.ali@example.com', clientIn('Line 1', 'fatima.ali@example.com').id)
    const edit = await screen.findByRole('button', { name: 'Edit name' })
    await waitFor(() => expect(edit).toHaveAttribute('aria-disabled', 'true'))
  })
})
