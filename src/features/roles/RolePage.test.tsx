import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ADMIN, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { RolePage } from './RolePage'

const backend = setupTestBackend()

/** The first seeded client carries a `technician` role: read, update, connect_to_channel. */
function technician() {
  const client = [...backend.db.clients.allIn(backend.domainId)][0]
  const role = backend.db.roles.ofEntity(client.id).find((r) => r.name === 'technician')!
  roleId = role.id
  return { client, role }
}

async function renderRole(login = ADMIN) {
  const { client, role } = technician()
  await signInAs(login)
  const view = await renderInDomain(
    backend.domainId,
    [
      { path: '/:domainId/clients/:clientId/roles/:roleId', element: <RolePage /> },
      { path: '/:domainId/clients/:clientId/roles', element: <p>roles list</p> },
    ],
    `/${backend.domainId}/clients/${client.id}/roles/${role.id}`,
  )
  await screen.findByRole('heading', { name: 'technician' })
  const actions = screen.getByRole('table', { name: 'Role actions' })
  const members = screen.getByRole('table', { name: 'Role members' })
  await within(actions).findByText('connect_to_channel')
  await waitFor(() => expect(within(members).getAllByRole('row').length).toBeGreaterThan(1))
  return { ...view, client, role, actions, members }
}

let roleId = ''
const stored = () => backend.db.roles.get(roleId)
const actionNames = (table: HTMLElement) =>
  within(table)
    .queryAllByRole('code')
    .map((c) => c.textContent)
const nameOf = (userId: string) => {
  const user = backend.db.users.get(userId)!
  return `${user.first_name} ${user.last_name}`
}

// Dialog flows type and wait on a shared, busy machine: give them room.
describe('RolePage', { timeout: 15_000 }, () => {
  it('shows the role: name, id, its actions and its members by name', async () => {
    const { role, members } = await renderRole()
    expect(screen.getByText(role.id)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copy role ID' })).toBeInTheDocument()
    for (const member of role.members) expect(await within(members).findByText(nameOf(member))).toBeInTheDocument()
  })

  it('renames the role in place, and keeps the editor open when the name is taken', async () => {
    await renderRole()
    await userEvent.click(screen.getByRole('button', { name: 'Edit role name' }))
    const input = screen.getByRole('textbox', { name: 'Role name' })
    await userEvent.clear(input)
    await userEvent.type(input, 'admin')
    await userEvent.click(screen.getByRole('button', { name: 'Save role name' }))
    expect(await screen.findByText('Another role on this client is already named “admin”.')).toBeInTheDocument()
    expect(input).toHaveValue('admin')
    await userEvent.clear(input)
    await userEvent.type(input, 'crew{Enter}')
    expect(await screen.findByRole('heading', { name: 'crew' })).toBeInTheDocument()
    expect(stored()?.name).toBe('crew')
  })

  it('offers only the actions the role lacks, and adds them', async () => {
    const { actions } = await renderRole()
    await userEvent.click(screen.getByRole('button', { name: 'Add actions' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add actions' })
    await within(dialog).findByRole('checkbox', { name: 'delete' })
    const offered = within(dialog)
      .getAllByRole('checkbox')
      .map((box) => box.getAttribute('aria-labelledby'))
      .filter(Boolean)
      .map((id) => document.getElementById(id!)?.textContent)
    expect(offered).toEqual(['delete', 'set_parent_group', 'manage_role', 'add_role_users', 'remove_role_users', 'view_role_users'])
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add actions' }))
    expect(await within(dialog).findByText('Choose at least one action')).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'delete' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add actions' }))
    await waitFor(() => expect(actionNames(actions)).toContain('delete'))
    expect(stored()?.actions).toEqual(['read', 'update', 'connect_to_channel', 'delete'])
  })

  it('removes one action with its trash icon, and all of them behind a confirmation', async () => {
    const { actions } = await renderRole()
    await userEvent.click(screen.getByRole('button', { name: 'Remove action update' }))
    await waitFor(() => expect(actionNames(actions)).toEqual(['read', 'connect_to_channel']))
    await userEvent.click(screen.getByRole('button', { name: 'Remove all actions' }))
    const confirm = await screen.findByRole('dialog', { name: 'Remove all actions?' })
    expect(stored()?.actions).toEqual(['read', 'connect_to_channel'])
    await userEvent.click(within(confirm).getByRole('button', { name: 'Remove all actions' }))
    expect(await within(actions).findByText('No actions')).toBeInTheDocument()
    expect(stored()?.actions).toEqual([])
    expect(screen.getByRole('button', { name: /Remove all actions/ })).toHaveAttribute('aria-disabled', 'true')
  })

  it('adds members found by name, marking those who already hold the role', async () => {
    const { role } = technician()
    const jane = backend.db.findUserByLogin('jane.doe@example.com')!
    backend.db.roles.put({ ...role, members: [...role.members, jane.id] })
    const { members } = await renderRole()
    await userEvent.click(screen.getByRole('button', { name: 'Add members' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add members' })
    const picker = within(dialog).getByRole('combobox', { name: 'Members' })
    await userEvent.type(picker, 'jane')
    const taken = await within(dialog).findByRole('option', { name: /Jane Doe/ })
    await waitFor(() => expect(taken).toHaveAttribute('aria-disabled', 'true'))
    expect(taken).toHaveTextContent('Already a member of this role')
    await userEvent.clear(picker)
    await userEvent.type(picker, 'haddad')
    await userEvent.click(await within(dialog).findByRole('option', { name: /Omar Haddad/ }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add members' }))
    expect(await within(members).findByText('Omar Haddad')).toBeInTheDocument()
    expect(stored()?.members).toEqual([...role.members, jane.id, backend.db.findUserByLogin('omar.haddad@example.com')!.id])
  })

  it('marks who holds another role on the client as unavailable to add', async () => {
    const { client } = technician()
    const [admin] = backend.db.roles.ofEntity(client.id)
    const creator = backend.db.users.get(admin.members[0])!
    await renderRole()
    await userEvent.click(screen.getByRole('button', { name: 'Add members' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add members' })
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Members' }), creator.first_name!)
    const held = await within(dialog).findByRole('option', { name: new RegExp(`${creator.first_name} ${creator.last_name}`) })
    await waitFor(() => expect(held).toHaveAttribute('aria-disabled', 'true'))
    expect(held).toHaveTextContent('Holds “admin” on this client (one role per member)')
  })

  it('says so when the server refuses an action the role got meanwhile (422 failed to add policies)', async () => {
    await renderRole()
    await userEvent.click(screen.getByRole('button', { name: 'Add actions' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add actions' })
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'delete' }))
    backend.db.roles.put({ ...stored()!, actions: [...stored()!.actions, 'delete'] })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add actions' }))
    expect(await within(dialog).findByText(/The role already has some of these actions/)).toBeInTheDocument()
  })

  it('removes one member, and deletes all members behind an alert dialog', async () => {
    const { role } = technician()
    backend.db.roles.put({ ...role, members: [...role.members, backend.db.findUserByLogin('jane.doe@example.com')!.id] })
    const { members } = await renderRole()
    await within(members).findByText('Jane Doe')
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Jane Doe from this role' }))
    await waitFor(() => expect(within(members).queryByText('Jane Doe')).not.toBeInTheDocument())
    await userEvent.click(screen.getByRole('button', { name: 'Delete All Members' }))
    const alert = await screen.findByRole('alertdialog', { name: 'Delete all members?' })
    await userEvent.click(within(alert).getByRole('button', { name: 'Delete all members' }))
    expect(await within(members).findByText('No members')).toBeInTheDocument()
    expect(stored()?.members).toEqual([])
  })

  it('deletes the role after confirmation and returns to the roles list', async () => {
    const { router, client } = await renderRole()
    await userEvent.click(screen.getByRole('button', { name: 'Delete role' }))
    const confirm = await screen.findByRole('dialog', { name: 'Delete role “technician”?' })
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete role' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${backend.domainId}/clients/${client.id}/roles`))
    expect(backend.db.roles.ofEntity(client.id).map((r) => r.name)).toEqual(['admin'])
  })

  it('shows the read-only member every control, disabled with the reason', async () => {
    const { role } = await renderRole(VIEWER)
    const controls = [
      screen.getByRole('button', { name: 'Edit role name' }),
      screen.getByRole('button', { name: /^Delete role/ }),
      screen.getByRole('button', { name: /^Add actions/ }),
      screen.getByRole('button', { name: /^Remove all actions/ }),
      screen.getByRole('button', { name: /^Remove action read/ }),
      screen.getByRole('button', { name: /^Add members/ }),
      screen.getByRole('button', { name: /^Delete All Members/ }),
      await screen.findByRole('button', { name: new RegExp(`^Remove ${nameOf(role.members[0])} from this role`) }),
    ]
    for (const control of controls) {
      expect(control).toHaveAttribute('aria-disabled', 'true')
      expect(control).toHaveAccessibleDescription(
        /You do not have permission to .* \(needs “(manage_role|add_role_users|remove_role_users)”\)/,
      )
    }
    await userEvent.click(screen.getByRole('button', { name: /^Delete All Members/ }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  })
})
