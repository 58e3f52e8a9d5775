import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ADMIN, VIEWER, signInAs, setupTestBackend } from '../../test/backend'
import { renderInDomain } from '../../test/render'
import { MembersTab } from './MembersTab'

const backend = setupTestBackend()

/** The first seeded client: its built-in admin role and a `technician` role. */
function seededClient() {
  const client = [...backend.db.clients.allIn(backend.domainId)][0]
  const [admin, technician] = backend.db.roles.ofEntity(client.id)
  return { client, admin, technician }
}

const nameOf = (userId: string) => {
  const user = backend.db.users.get(userId)!
  return `${user.first_name} ${user.last_name}`
}

async function renderMembers(login = ADMIN, query = '') {
  const { client, admin, technician } = seededClient()
  await signInAs(login)
  const view = await renderInDomain(
    backend.domainId,
    [
      { path: '/:domainId/clients/:clientId/members', element: <MembersTab /> },
      { path: '/:domainId/clients/:clientId/roles/:roleId', element: <p>role page</p> },
    ],
    `/${backend.domainId}/clients/${client.id}/members${query}`,
  )
  const table = await screen.findByRole('table', { name: 'Members' })
  await within(table).findByText(nameOf(admin.members[0]))
  return { ...view, table, client, admin, technician }
}

const rowOf = (table: HTMLElement, name: string) => within(table).getByText(name).closest('tr')!

describe('MembersTab', { timeout: 15_000 }, () => {
  it('lists everyone holding a role on the client by name, with their roles', async () => {
    const { table, admin, technician } = await renderMembers(ADMIN, '?access=direct')
    const holders = new Set([...admin.members, ...technician.members])
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(holders.size + 1))
    const creator = rowOf(table, nameOf(admin.members[0]))
    expect(within(creator).getByRole('link', { name: 'admin' })).toBeInTheDocument()
    const tech = await within(table).findByText(nameOf(technician.members[0]))
    expect(within(tech.closest('tr')!).getByRole('link', { name: 'technician' })).toBeInTheDocument()
  })

  it('shows roles inherited from the groups and the domain as inherited: no link, nothing to remove', async () => {
    const client = [...backend.db.clients.allIn(backend.domainId)].find(
      (c) => c.parent_group_id === [...backend.db.groups.allIn(backend.domainId)].find((g) => g.name === 'Cold Room')!.id,
    )!
    await signInAs(ADMIN)
    await renderInDomain(
      backend.domainId,
      [{ path: '/:domainId/clients/:clientId/members', element: <MembersTab /> }],
      `/${backend.domainId}/clients/${client.id}/members?size=100`,
    )
    const table = await screen.findByRole('table', { name: 'Members' })
    const fatima = (await within(table).findByText('Fatima Ali')).closest('tr')!
    const roles = within(fatima).getByRole('list', { name: 'Roles' })
    await waitFor(() => expect(roles).toHaveTextContent('cold-chain technician (inherited from group Cold Room)'))
    expect(roles).toHaveTextContent('viewer (inherited from the domain)')
    expect(within(fatima).queryByRole('link')).toBeNull()
    expect(within(fatima).queryByRole('button')).toBeNull()
    const lead = (await within(table).findByText('Jane Sharma')).closest('tr')!
    await waitFor(() => expect(lead).toHaveTextContent('logistics lead (inherited from Logistics, a group above)'))
  })

  it('filters by role through the URL', async () => {
    const { table, search, technician, admin } = await renderMembers()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'technician')
    await waitFor(() => expect(search().get('role')).toBe(technician.id))
    await waitFor(() => expect(within(table).queryByText(nameOf(admin.members[0]))).not.toBeInTheDocument())
    expect(within(table).getAllByRole('row')).toHaveLength(technician.members.length + 1)
  })

  it('assigns a role to a domain member picked by name', async () => {
    const { table, technician } = await renderMembers()
    await userEvent.click(screen.getByRole('button', { name: 'Assign member' }))
    const dialog = await screen.findByRole('dialog', { name: 'Assign member' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Assign' }))
    expect(await within(dialog).findByText('Choose a role')).toBeInTheDocument()
    expect(within(dialog).getByText('Choose at least one member')).toBeInTheDocument()
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /Role/ }), 'technician')
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Members' }), 'haddad')
    await userEvent.click(await within(dialog).findByRole('option', { name: /Omar Haddad/ }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Assign' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Assign member' })).not.toBeInTheDocument())
    const row = (await within(table).findByText('Omar Haddad')).closest('tr')!
    expect(within(row).getByRole('link', { name: 'technician' })).toBeInTheDocument()
    expect(backend.db.roles.get(technician.id)?.members).toContain(backend.db.findUserByLogin('omar.haddad@example.com')!.id)
  })

  it('removes a member from one role after confirmation', async () => {
    const { table, technician } = await renderMembers()
    const member = technician.members[0]
    const name = nameOf(member)
    await within(table).findByText(name)
    await userEvent.click(await screen.findByRole('button', { name: `Remove ${name} from technician` }))
    const confirm = await screen.findByRole('dialog', { name: 'Remove from role?' })
    expect(confirm).toHaveTextContent(`${name} loses the actions technician grants on this client.`)
    await userEvent.click(within(confirm).getByRole('button', { name: 'Remove' }))
    await waitFor(() => expect(within(table).queryByText(name)).not.toBeInTheDocument())
    expect(backend.db.roles.get(technician.id)?.members).not.toContain(member)
  })

  it('shows the read-only member the list with every change disabled and explained', async () => {
    const { admin } = await renderMembers(VIEWER)
    const assign = screen.getByRole('button', { name: /^Assign member/ })
    expect(assign).toHaveAttribute('aria-disabled', 'true')
    expect(assign).toHaveAccessibleDescription(/needs “add_role_users”/)
    const remove = await screen.findByRole('button', { name: new RegExp(`^Remove ${nameOf(admin.members[0])} from admin`) })
    expect(remove).toHaveAttribute('aria-disabled', 'true')
    expect(remove).toHaveAccessibleDescription(/needs “remove_role_users”/)
    await userEvent.click(remove)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
