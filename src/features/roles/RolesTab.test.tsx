import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { TEST_BASE_URL } from '../../../mocks/node'
import { ADMIN, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { RolesTab } from './RolesTab'

const backend = setupTestBackend()

/** A seeded client with only its built-in admin role (the technician roles sit on the first twelve). */
const plainClient = () => [...backend.db.clients.allIn(backend.domainId)][100]

async function renderRoles(login = ADMIN, clientId = plainClient().id) {
  await signInAs(login)
  const view = await renderInDomain(
    backend.domainId,
    [
      { path: '/:domainId/clients/:clientId/roles', element: <RolesTab /> },
      { path: '/:domainId/clients/:clientId/roles/:roleId', element: <p>role page</p> },
    ],
    `/${backend.domainId}/clients/${clientId}/roles`,
  )
  const table = await screen.findByRole('table', { name: 'Roles' })
  await within(table).findByRole('link', { name: 'admin' })
  return { ...view, table, clientId }
}

const rowOf = (table: HTMLElement, name: string) => within(table).getByRole('link', { name }).closest('tr')!

async function openCreate() {
  await userEvent.click(screen.getByRole('button', { name: 'Create' }))
  return screen.findByRole('dialog', { name: 'Create role' })
}

/** Picks a domain member in the dialog's member picker by typing part of their name. */
async function pickMember(dialog: HTMLElement, text: string, option: RegExp) {
  await userEvent.type(within(dialog).getByRole('combobox', { name: 'Members' }), text)
  await userEvent.click(await within(dialog).findByRole('option', { name: option }))
}

// Dialog flows type and wait on a shared, busy machine: give them room.
describe('RolesTab', { timeout: 15_000 }, () => {
  it("lists the client's roles with their action and member counts and who created them", async () => {
    const { table, clientId } = await renderRoles()
    const admin = backend.db.roles.ofEntity(clientId)[0]
    const creator = backend.db.users.get(admin.created_by!)!
    const row = rowOf(table, 'admin')
    await waitFor(() => expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('9'))
    expect(within(row).getAllByRole('cell')[2]).toHaveTextContent('1')
    expect(await within(row).findByText(`${creator.first_name} ${creator.last_name}`)).toBeInTheDocument()
    expect(screen.getByText('1–1 of 1 role')).toBeInTheDocument()
  })

  it('searches roles by name through the URL', async () => {
    const client = plainClient()
    backend.db.roles.put({ ...backend.db.roles.ofEntity(client.id)[0], id: 'client_second', name: 'field crew', members: [] })
    const { table, search } = await renderRoles(ADMIN, client.id)
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search roles by name' }), 'crew')
    await waitFor(() => expect(search().get('q')).toBe('crew'))
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'admin' })).not.toBeInTheDocument())
    expect(within(table).getByRole('link', { name: 'field crew' })).toBeInTheDocument()
    expect(screen.getByText('1–1 of 1 role')).toBeInTheDocument()
  })

  it('creates a role with actions from the server and a member found by name', async () => {
    const { table, clientId } = await renderRoles()
    const dialog = await openCreate()
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Role name/ }), 'auditor')
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'read' }))
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'view_role_users' }))
    await pickMember(dialog, 'jane', /Jane Doe/)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create role' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Create role' })).not.toBeInTheDocument())
    const row = (await within(table).findByRole('link', { name: 'auditor' })).closest('tr')!
    await waitFor(() => expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('2'))
    expect(within(row).getAllByRole('cell')[2]).toHaveTextContent('1')
    const created = backend.db.roles.ofEntity(clientId).find((r) => r.name === 'auditor')!
    expect(created.actions).toEqual(['read', 'view_role_users'])
    expect(created.members).toEqual([backend.db.findUserByLogin('jane.doe@example.com')!.id])
    expect(await screen.findByText('Role “auditor” created')).toBeInTheDocument()
  })

  it('offers exactly the actions the server lists, never a built-in list', async () => {
    backend.server.use(
      http.get(`${TEST_BASE_URL}/:domainID/clients/roles/available-actions`, () =>
        HttpResponse.json({ available_actions: ['read', 'reboot'] }),
      ),
    )
    await renderRoles()
    const dialog = await openCreate()
    const group = await within(dialog).findByRole('group', { name: 'Actions (optional)' })
    await within(group).findByRole('checkbox', { name: 'reboot' })
    const names = within(group)
      .getAllByRole('checkbox')
      .map((box) => box.getAttribute('aria-labelledby') && document.getElementById(box.getAttribute('aria-labelledby')!)?.textContent)
      .filter(Boolean)
    expect(names).toEqual(['read', 'reboot'])
  })

  it('requires a name, and keeps what was typed when the name is taken', async () => {
    await renderRoles()
    const dialog = await openCreate()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create role' }))
    expect(await within(dialog).findByText('Enter a name for the role')).toBeInTheDocument()
    const name = within(dialog).getByRole('textbox', { name: /Role name/ })
    await userEvent.type(name, 'admin')
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'read' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create role' }))
    expect(await within(dialog).findByText('This client already has a role named “admin”.')).toBeInTheDocument()
    expect(name).toHaveValue('admin')
    expect(within(dialog).getByRole('checkbox', { name: 'read' })).toBeChecked()
    expect(name).toHaveAttribute('aria-invalid', 'true')
  })

  it("puts the server's 422 on the name when another role took the name meanwhile", async () => {
    const { clientId } = await renderRoles()
    const dialog = await openCreate()
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Role name/ }), 'night shift')
    // Created elsewhere after the list was read: only the server knows, and answers 422 `failed to create entity`.
    const admin = backend.db.roles.ofEntity(clientId)[0]
    backend.db.roles.put({ ...admin, id: 'client_nightshift', name: 'night shift', members: [], created_at: new Date().toISOString() })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create role' }))
    expect(await within(dialog).findByText('This client already has a role named “night shift”.')).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: /Role name/ })).toHaveAttribute('aria-invalid', 'true')
  })

  it('offers no one who holds a role on the client already, and puts a late 422 on the members', async () => {
    const { clientId } = await renderRoles()
    const [admin] = backend.db.roles.ofEntity(clientId)
    const creator = backend.db.users.get(admin.members[0])!
    const dialog = await openCreate()
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Role name/ }), 'crew')
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Members' }), creator.first_name!)
    const held = await within(dialog).findByRole('option', { name: new RegExp(`${creator.first_name} ${creator.last_name}`) })
    await waitFor(() => expect(held).toHaveAttribute('aria-disabled', 'true'))
    expect(held).toHaveTextContent('Holds “admin” on this client (one role per member)')
    await userEvent.clear(within(dialog).getByRole('combobox', { name: 'Members' }))
    await pickMember(dialog, 'victor', /Victor Viewer/)
    // Meanwhile Victor is given the admin role: the server refuses his second role.
    backend.db.roles.put({ ...admin, members: [...admin.members, backend.db.findUserByLogin(VIEWER)!.id] })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create role' }))
    expect(
      await within(dialog).findByText(
        /Someone you chose already holds another role on this client: a member can hold one role per client\./,
      ),
    ).toBeInTheDocument()
    expect(backend.db.roles.ofEntity(clientId).map((r) => r.name)).not.toContain('crew')
  })

  it('shows the read-only member a disabled Create that says why', async () => {
    await renderRoles(VIEWER)
    const create = screen.getByRole('button', { name: /^Create/ })
    expect(create).toHaveAttribute('aria-disabled', 'true')
    expect(create).toHaveAccessibleDescription(/needs “manage_role”/)
    await userEvent.click(create)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('opens a role from its row', async () => {
    const { table, router } = await renderRoles()
    await userEvent.click(within(rowOf(table, 'admin')).getAllByRole('cell')[1])
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/roles\/client_[A-Za-z0-9]+$/))
  })
})
